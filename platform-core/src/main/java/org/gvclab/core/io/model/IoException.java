package org.gvclab.core.io.model;

/** The common parent of the errors the IO engine reports (bad input, singular matrices). */
public class IoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IoException(String message) {
        super(message);
    }

    public IoException(String message, Throwable cause) {
        super(message, cause);
    }
}
