package org.gvclab.web.base;

/**
 * A failure the user can fix, carrying a translation key and its arguments; the central error handler
 * shows the translated text instead of a generic message.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
