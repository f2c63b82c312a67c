package org.gvclab.core.cli;

/** Bad input to a model command: the message names the file, row and column (or key); exit status 2. */
final class InputException extends RuntimeException {

    InputException(String message) {
        super(message, null, false, false);
    }
}
