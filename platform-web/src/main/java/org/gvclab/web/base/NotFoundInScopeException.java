package org.gvclab.web.base;

/**
 * Thrown when a record does not exist <em>or</em> lies outside the caller's jurisdictions. The two cases are
 * deliberately indistinguishable to the caller, so that guessed ids reveal nothing.
 */
public class NotFoundInScopeException extends RuntimeException {

    public NotFoundInScopeException(String what, Object id) {
        super(what + " " + id + " not found in the caller's jurisdictions");
    }
}
