package org.gvclab.web.base;

import org.gvclab.core.base.LocalizedText;

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

    /** A failure whose text the core already wrote in both languages (key {@code error.text}). */
    public static UserFacingException of(LocalizedText text) {
        return new UserFacingException("error.text", text);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The key and its arguments as a message to show. */
    public UserMessage userMessage() {
        return UserMessage.of(messageKey, args);
    }
}
