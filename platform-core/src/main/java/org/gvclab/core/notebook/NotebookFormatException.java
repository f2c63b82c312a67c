package org.gvclab.core.notebook;

/** A stored notebook that cannot be read: not JSON, a format version this program does not know, or a bad field. */
public final class NotebookFormatException extends RuntimeException {

    NotebookFormatException(String message) {
        super(message);
    }

    NotebookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
