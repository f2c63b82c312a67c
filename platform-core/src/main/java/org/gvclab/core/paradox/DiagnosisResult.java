package org.gvclab.core.paradox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * The diagnosis of one cluster-year (docs/model.md).
 *
 * @param year           the year diagnosed
 * @param indicators     every per-record catalogue indicator for that year, with provenance
 * @param factors        the five factor scores (the drivers of lock-in), in the framework's order
 * @param paths          the scores of the domestic-demand, spider, snake and value-capture groups
 * @param lockInIndex    the lock-in index (0–100, the mean risk of the outcomes of lock-in), or {@code null}
 * @param factorWeights  the factor weights used in the driver composite (scaled to add up to 1 over the factors
 *                       that scored)
 * @param drivers        the driver indicators that push lock-in risk up most, strongest first (at most five)
 * @param architecture   spider / snake / mixed with the evidence
 * @param governance     the governance type or the explicit refusal
 * @param upgrading      the upgrading stage with the OEM → ODM → OBM mix
 * @param recommendation the recommended path with its evidence and reasons
 * @param notes          caveats: assumption references used, conversions, missing data
 * @param lockIn         the index with its outcomes, band, driver composite, weights applied and factor ranking
 * @param io             the evidence of the linked IO table, or {@code null} without a link
 * @param agglomeration  innovation agglomeration (R&amp;D staff LQ)
 * @param rent           who captures the value added
 * @param chain          chain upgrading (entry into a related new chain)
 */
public record DiagnosisResult(int year, List<IndicatorValue> indicators, List<GroupScore> factors,
                              List<GroupScore> paths, @Nullable Double lockInIndex, Map<Group, Double> factorWeights,
                              List<Driver> drivers, ArchitectureResult architecture, GovernanceResult governance,
                              UpgradingResult upgrading, PathRecommendation recommendation, List<LocalizedText> notes,
                              LockIn lockIn, @Nullable IoEvidence io, InnovationAgglomeration agglomeration,
                              RentDistribution rent, ChainUpgrading chain) {

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
