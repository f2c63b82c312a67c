package org.gvclab.core.notebook;

import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * How one shown quantity was computed: which quantity, its formula, the inputs with their values, the method's
 * source and the year of the data.
 *
 * @param quantityId the indicator or quantity id (for example {@code rd_intensity})
 * @param quantity   its name
 * @param formula    the formula as text (for example {@code rd_expenditure / gross_output})
 * @param inputs     the inputs with the values used
 * @param source     the method's source (author, year) or "assumption"
 * @param dataYear   the year of the data, or null when the quantity is not tied to one year
 */
public record ProvenanceEntry(String quantityId, LocalizedText quantity, String formula, List<ProvenanceInput> inputs,
                              LocalizedText source, @Nullable Integer dataYear) {

    public ProvenanceEntry {
        Objects.requireNonNull(quantityId, "quantityId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(formula, "formula");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(source, "source");
    }
}
