package org.gvclab.core.strategy;

import org.gvclab.core.base.LocalizedText;

/**
 * The cluster's base-year record lacks what the projection needs (or holds values it cannot start from). The
 * message names the year and the field; {@link #text()} says it in both languages.
 */
public final class BaselineDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final String fieldId;
    private final transient LocalizedText text;

    BaselineDataException(int year, String fieldId, LocalizedText text) {
        super(text.en());
        this.year = year;
        this.fieldId = fieldId;
        this.text = text;
    }

    /** The year of the record. */
    public int year() {
        return year;
    }

    /** The field at fault, e.g. {@code value_added}. */
    public String fieldId() {
        return fieldId;
    }

    /** The reason in both languages. */
    public LocalizedText text() {
        return text;
    }
}
