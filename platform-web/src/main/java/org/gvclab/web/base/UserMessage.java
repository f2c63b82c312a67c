package org.gvclab.web.base;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text for the user as a translation key of {@code i18n/messages*.properties} and its arguments, translated where
 * it is shown (the reader's language is known there, not where the message arises). Arguments are shown by what
 * they are: a {@link org.gvclab.core.base.LocalizedText} in the reader's language, a
 * {@link org.gvclab.core.base.Num} by the number rule, anything else as text.
 *
 * @param key  the translation key
 * @param args the arguments of its placeholders
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The message {@code key} with {@code args}. */
    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.asList(args));
    }

    /** The arguments as an array, as {@code getTranslation} takes them. */
    public Object[] argArray() {
        return args.toArray();
    }
}
