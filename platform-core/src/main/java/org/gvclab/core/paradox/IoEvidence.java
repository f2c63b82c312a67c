package org.gvclab.core.paradox;

import org.jspecify.annotations.Nullable;

/**
 * Evidence on production architecture from a linked input-output table, passed in as plain numbers (the caller
 * computes them with the io package).
 *
 * @param inputDiversity   {@code 1 − Σ_i (a_ij / Σ_i a_ij)²} for the cluster's sector j, 0–1, or {@code null}
 * @param productionLength the sector's production length (sequential depth; Wang, Wei, Yu &amp; Zhu 2017), ≥ 1, or {@code null}
 */
public record IoEvidence(@Nullable Double inputDiversity, @Nullable Double productionLength) {

    public IoEvidence {
        if (inputDiversity != null && !(inputDiversity >= 0 && inputDiversity <= 1)) {
            throw new IllegalArgumentException("input diversity must be in 0–1, got " + inputDiversity);
        }
        if (productionLength != null && !(productionLength >= 1 && Double.isFinite(productionLength))) {
            throw new IllegalArgumentException("production length must be ≥ 1, got " + productionLength);
        }
    }
}
