package org.gvclab.web.base;

/**
 * Thrown when a record was changed by someone else since the caller read it (optimistic locking).
 * The caller's input is kept so the user can compare and retry; nothing was written.
 */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String what, Object id) {
        super(what + " " + id + " was changed by someone else in the meantime");
    }
}
