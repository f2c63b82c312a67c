package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * The recommended path with its reasons, each naming the factor scores and indicators behind it.
 *
 * @param path    the path
 * @param reasons the reasons, most important first, in both languages
 */
public record PathRecommendation(UpgradingPath path, List<LocalizedText> reasons) {

    public PathRecommendation {
        reasons = List.copyOf(reasons);
    }
}
