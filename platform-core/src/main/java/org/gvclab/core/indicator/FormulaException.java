package org.gvclab.core.indicator;

import org.gvclab.core.base.LocalizedText;

/** A formula that cannot be parsed or names something unknown; says where (0-based character position) and what. */
public final class FormulaException extends IllegalArgumentException {

    private final int position;
    private final LocalizedText text;

    FormulaException(int position, LocalizedText text) {
        super("at position " + position + ": " + text.en());
        this.position = position;
        this.text = text;
    }

    /** The 0-based character position in the formula where the problem starts. */
    public int position() {
        return position;
    }

    /** The message in both languages. */
    public LocalizedText text() {
        return text;
    }
}
