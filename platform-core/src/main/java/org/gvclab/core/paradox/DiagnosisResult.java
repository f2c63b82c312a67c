package org.gvclab.core.paradox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * The diagnosis of one cluster-year (METHODS.md §4).
 *
 * @param year          the year diagnosed
 * @param indicators    every per-record catalogue indicator for that year, with provenance
 * @param factors       the five factor scores, in the framework's order
 * @param paths         the scores of the domestic-demand, spider, snake and value-capture groups
 * @param lockInIndex   the weighted composite of the factor scores (0–100), or {@code null} if no factor scored
 * @param factorWeights the factor weights used (scaled to add up to 1 over the factors that scored)
 * @param drivers       the indicators that push the index up most, strongest first (at most five)
 * @param architecture  spider / snake / mixed with the evidence
 * @param governance    the governance type or the explicit refusal
 * @param upgrading     the upgrading stage with the OEM → ODM → OBM mix
 * @param recommendation the recommended path with its reasons
 * @param notes         caveats: assumption benchmarks used, conversions, missing data
 */
public record DiagnosisResult(int year, List<IndicatorValue> indicators, List<GroupScore> factors,
                              List<GroupScore> paths, @Nullable Double lockInIndex, Map<Group, Double> factorWeights,
                              List<Driver> drivers, ArchitectureResult architecture, GovernanceResult governance,
                              UpgradingResult upgrading, PathRecommendation recommendation, List<LocalizedText> notes) {

    public DiagnosisResult {
        indicators = List.copyOf(indicators);
        factors = List.copyOf(factors);
        paths = List.copyOf(paths);
        factorWeights = Map.copyOf(factorWeights);
        drivers = List.copyOf(drivers);
        notes = List.copyOf(notes);
    }

    /** The score of a factor or path group. */
    public Optional<GroupScore> score(Group g) {
        return java.util.stream.Stream.concat(factors.stream(), paths.stream()).filter(s -> s.group() == g).findFirst();
    }
}
