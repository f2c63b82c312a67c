package org.gvclab.core.notebook;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One input of a computed quantity with the value that was used.
 *
 * @param name  the input's name (for example a yearly-record field)
 * @param value the value used, finite
 * @param unit  its unit (empty text for none)
 */
public record ProvenanceInput(LocalizedText name, double value, LocalizedText unit) {

    public ProvenanceInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("provenance input '" + name.en() + "' is not a finite number: " + value);
        }
    }
}
