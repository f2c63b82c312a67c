package org.gvclab.core.indicator;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.MethodsSection;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue (or user-defined) indicator: what it is called, how it is computed, its unit, its polarity for
 * upgrading, the factor or path it informs and its source.
 *
 * @param id         stable id, e.g. {@code export_dependence}
 * @param name       the bilingual name
 * @param formula    the formula as shown to users
 * @param unit       the unit of the result
 * @param polarity   whether higher is better or worse for upgrading
 * @param groups     the factor(s) or path(s) it informs (first = main)
 * @param source     where the definition comes from, cited as a reader expects (author, year, title)
 * @param method     the section of the methods documentation that explains it
 * @param assumption whether the definition or its polarity is our choice rather than a published one
 * @param expression the machine formula over record fields, or {@code null} for measures that need more than one
 *                   cluster's record (see {@link Agglomeration})
 */
public record Indicator(String id, LocalizedText name, String formula, LocalizedText unit, Polarity polarity,
                        List<Group> groups, LocalizedText source, MethodsSection method, boolean assumption,
                        @Nullable String expression) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        groups = List.copyOf(groups);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
    }

    /** Whether it can be evaluated from one cluster's yearly record(s). */
    public boolean perRecord() {
        return expression != null;
    }

    /** Whether it informs this factor or path. */
    public boolean informs(Group g) {
        return groups.contains(g);
    }
}
