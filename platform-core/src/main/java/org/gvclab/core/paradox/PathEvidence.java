package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The evidence behind the recommended path (docs/model.md, "Path from evidence"), each part on a 0–1 scale:
 * the shape of production, how strongly a specialised market coordinates the cluster as a two-sided platform, how
 * concentrated the cluster is around lead firms, and how the governance type leans. The path follows from the two
 * scores {@code P = w_A·A + w_M·M + w_G·g} (platform) and {@code F = w_A·(1 − A) + w_M·C + w_G·(1 − g)} (lead firm),
 * the weights re-scaled over the parts that are known; both paths when they differ by less than
 * {@link PathAdvisor#BOTH_MARGIN}.
 *
 * @param spiderShare      A, the weighted share of architecture evidence pointing to a spider (0.5 when none)
 * @param architectureKnown whether the architecture was determined
 * @param market           M, the strength of the specialised market as a two-sided platform, or null without data
 * @param concentration    C, the concentration around lead firms, or null without data
 * @param governanceLean   g, 1 = leans to the platform path (market governance), 0 = to the lead-firm path
 *                         (hierarchy), 0.5 = neutral or unknown
 * @param platformScore    P
 * @param leadFirmScore    F
 * @param items            each observation with its 0–1 score, in both languages
 */
public record PathEvidence(double spiderShare, boolean architectureKnown, @Nullable Double market,
                           @Nullable Double concentration, double governanceLean, double platformScore,
                           double leadFirmScore, List<LocalizedText> items) {

    public PathEvidence {
        items = List.copyOf(items);
    }
}
