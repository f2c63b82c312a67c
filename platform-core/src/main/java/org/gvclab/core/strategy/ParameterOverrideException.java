package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;

/**
 * A parameter override that cannot be applied: an unknown id, a value outside the allowed range, or an
 * uncertainty range that does not contain the value. The message names the parameter, the value and the range;
 * {@link #text()} says the same in both languages for the form field.
 */
public final class ParameterOverrideException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient LocalizedText text;

    ParameterOverrideException(String key, LocalizedText text) {
        super(text.en());
        this.key = key;
        this.text = text;
    }

    /** The override key that was refused, e.g. {@code rd_depreciation} or {@code rd_depreciation:high}. */
    public String key() {
        return key;
    }

    /** The reason in both languages. */
    public LocalizedText text() {
        return text;
    }
}
