package org.gvclab.core.workshop;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.strategy.Strategies;

/**
 * Something participants score, compare or rank: a factor group, a strategy outcome criterion or a strategy.
 *
 * @param id   a stable id (the factor group's enum name, an outcome id such as {@code va_rate}, a strategy id)
 * @param name the bilingual name shown to participants
 */
public record Criterion(String id, LocalizedText name) {

    public Criterion {
        Objects.requireNonNull(name, "name");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a criterion needs an id (name '" + name.en() + "')");
        }
    }

    /**
     * The preset strategies S0–S4 as participants rank or vote on them, with the names of their one definition in
     * {@link Strategies}; a facilitator may add custom ones (ids {@code C1}, {@code C2}, … given by the web layer).
     */
    public static List<Criterion> presetStrategies() {
        return Strategies.presets().stream().map(s -> new Criterion(s.id(), s.name())).toList();
    }
}
