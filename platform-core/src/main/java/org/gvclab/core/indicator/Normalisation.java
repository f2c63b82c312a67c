package org.gvclab.core.indicator;

import org.gvclab.core.base.LocalizedText;

/**
 * Normalisation methods for composite indicators (docs/model.md, "Composite indices"; OECD/JRC Handbook on Constructing Composite
 * Indicators, Nardo et al. 2008, §5). Each works on one indicator's column of values across units; polarity is
 * applied so that, after normalisation, higher is always better.
 */
public enum Normalisation {
    /** {@code 100 (x − min)/(max − min)}, flipped to {@code 100 (max − x)/(max − min)} for negative polarity. */
    MIN_MAX(new LocalizedText("最小–最大（0–100）", "min–max (0–100)")),
    /** {@code s (x − mean)/sd}, sd with n − 1, s = +1 or −1 by polarity. */
    Z_SCORE(new LocalizedText("Z 分数", "z-score")),
    /** {@code 100 (1 + s (x − ref)/|ref|)}: 100 at the reference (benchmark or frontier), s by polarity. */
    DISTANCE_TO_REFERENCE(new LocalizedText("与基准的距离", "distance to a reference"));

    private final LocalizedText label;

    Normalisation(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
