package org.gvclab.core.notebook;

import java.util.Locale;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A table column: its header and the unit of its values (empty text for none); renderers put the unit in the
 * header.
 *
 * @param header the header
 * @param unit   the unit, for example "万元" / "10k CNY"
 */
public record TableColumn(LocalizedText header, LocalizedText unit) {

    public TableColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(unit, "unit");
    }

    /** A column without a unit. */
    public static TableColumn of(LocalizedText header) {
        return new TableColumn(header, LocalizedText.of(""));
    }

    /** The header with the unit in parentheses when there is one: "R&amp;D intensity (%)". */
    public String label(Locale locale) {
        String u = unit.in(locale);
        return u.isBlank() ? header.in(locale) : header.in(locale) + " (" + u + ")";
    }
}
