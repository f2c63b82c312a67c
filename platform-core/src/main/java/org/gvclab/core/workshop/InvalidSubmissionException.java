package org.gvclab.core.workshop;

/** A participant's input that does not fit the activity; the message names the criterion or entry at fault. */
public class InvalidSubmissionException extends IllegalArgumentException {

    public InvalidSubmissionException(String message) {
        super(message);
    }
}
