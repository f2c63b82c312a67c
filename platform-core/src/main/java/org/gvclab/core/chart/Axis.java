package org.gvclab.core.chart;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A chart axis: its title, the unit of its values, and optional fixed bounds (otherwise the renderer picks nice
 * bounds around the data with {@link AxisScale#nice}). For a radar chart the value axis's maximum is the outer ring.
 *
 * @param title the axis title
 * @param unit  the unit of the values on this axis (empty text when the values have none)
 * @param min   a fixed lower bound, or null
 * @param max   a fixed upper bound, or null
 */
public record Axis(LocalizedText title, LocalizedText unit, @Nullable Double min, @Nullable Double max) {

    public Axis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        if (min != null && !Double.isFinite(min)) {
            throw new IllegalArgumentException("axis '" + title.en() + "': min is not finite: " + min);
        }
        if (max != null && !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis '" + title.en() + "': max is not finite: " + max);
        }
        if (min != null && max != null && min >= max) {
            throw new IllegalArgumentException("axis '" + title.en() + "': min " + min + " is not below max " + max);
        }
    }

    /** An axis with free bounds. */
    public static Axis of(LocalizedText title, LocalizedText unit) {
        return new Axis(title, unit, null, null);
    }

    /** An axis with fixed bounds (for example 0–100 for scores). */
    public static Axis bounded(LocalizedText title, LocalizedText unit, double min, double max) {
        return new Axis(title, unit, min, max);
    }

    /** An axis without a title or unit (the category axis of a bar chart, say). */
    public static Axis untitled() {
        return new Axis(LocalizedText.of(""), LocalizedText.of(""), null, null);
    }

    /** The title followed by the unit in parentheses when there is one, in the given language. */
    public String label(java.util.Locale locale) {
        String t = title.in(locale);
        String u = unit.in(locale);
        if (u.isBlank()) {
            return t;
        }
        return t.isBlank() ? u : t + " (" + u + ")";
    }
}
