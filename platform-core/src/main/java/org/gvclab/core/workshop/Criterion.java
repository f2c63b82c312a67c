package org.gvclab.core.workshop;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

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
}
