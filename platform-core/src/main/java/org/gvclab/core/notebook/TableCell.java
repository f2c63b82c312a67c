package org.gvclab.core.notebook;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/** One cell of a {@link TableResult}: text, a number with its style, or empty (a value that does not exist). */
public sealed interface TableCell {

    /** A text cell. */
    static TableCell text(LocalizedText text) {
        return new Text(text);
    }

    /** A text cell that reads the same in both languages (codes, names). */
    static TableCell text(String text) {
        return new Text(LocalizedText.of(text));
    }

    /** A number cell. */
    static TableCell number(double value, NumberStyle style) {
        return new Number(value, style);
    }

    /** An empty cell. */
    static TableCell empty() {
        return Empty.INSTANCE;
    }

    /** Text, drawn as text everywhere (a leading "=" never becomes a formula). */
    record Text(LocalizedText text) implements TableCell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A finite number, kept unrounded; {@code style} says how to show it. */
    record Number(double value, NumberStyle style) implements TableCell {
        public Number {
            Objects.requireNonNull(style, "style");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a table number must be finite, was " + value
                        + " (use an empty cell for a missing value)");
            }
        }
    }

    /** No value (not entered, or not defined such as a ratio over zero). */
    record Empty() implements TableCell {
        static final Empty INSTANCE = new Empty();
    }
}
