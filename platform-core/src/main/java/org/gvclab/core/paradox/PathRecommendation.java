package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * The recommended path with the evidence it follows from and its reasons, each naming the scores and indicators
 * behind it.
 *
 * @param path     the path
 * @param reasons  the reasons, most important first, in both languages
 * @param evidence the architecture, market, concentration and governance evidence and the two path scores
 */
public record PathRecommendation(UpgradingPath path, List<LocalizedText> reasons, PathEvidence evidence) {

    public PathRecommendation {
        reasons = List.copyOf(reasons);
    }
}
