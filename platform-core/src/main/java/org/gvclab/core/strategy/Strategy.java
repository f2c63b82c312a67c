package org.gvclab.core.strategy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gvclab.core.base.LocalizedText;

/**
 * A strategy: a named set of policy levers. The presets S0–S4 come from {@link Strategies}; users build custom
 * ones with the lever editor. A strategy without levers is the status quo.
 *
 * @param id          stable id, 1–40 letters, digits, {@code _} or {@code -}; {@code S0}–{@code S4} are the presets
 * @param name        bilingual name
 * @param description bilingual description
 * @param levers      its levers (any number, several of one kind allowed)
 */
public record Strategy(String id, LocalizedText name, LocalizedText description, List<Lever> levers) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public Strategy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("strategy id '" + id + "' must be 1–40 letters, digits, _ or -");
        }
        levers = List.copyOf(levers);
    }

    /** Total yearly budget in money in projected year {@code t}, given the base-year value added. */
    public double budget(int t, double baseValueAdded) {
        double b = 0;
        for (Lever l : levers) {
            if (l.activeIn(t)) {
                b += l.money(baseValueAdded);
            }
        }
        return b;
    }

    /** The name as lists show it: led by the id, unless the name already starts with it (as the presets' do). */
    public LocalizedText label() {
        return new LocalizedText(name.zh().startsWith(id) ? name.zh() : id + " " + name.zh(),
                name.en().startsWith(id) ? name.en() : id + " " + name.en());
    }
}
