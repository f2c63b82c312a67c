package org.gvclab.core.paradox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.jspecify.annotations.Nullable;

/**
 * Everything the diagnosis reads. The diagnosis is a pure function of these inputs.
 *
 * @param records       the cluster's yearly records (any order); the latest year is diagnosed, the year before it
 *                      (if present) feeds the growth indicators
 * @param currency      the unit the money fields are in (labour productivity is compared in 10k CNY per person)
 * @param governance    the governance questionnaire, or {@code null} if not answered
 * @param architecture  the architecture questionnaire, or {@code null} if not answered
 * @param io            evidence from a linked IO table, or {@code null}
 * @param benchmarks    the reference values
 * @param factorWeights weights of the five driver factors in the driver composite (e.g. from AHP); empty = equal
 */
public record DiagnosisInputs(List<YearlyRecord> records, CurrencyUnit currency,
                              @Nullable GovernanceQuestionnaire governance,
                              @Nullable ArchitectureQuestionnaire architecture, @Nullable IoEvidence io,
                              BenchmarkSet benchmarks, Map<Group, Double> factorWeights) {

    public DiagnosisInputs {
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the diagnosis needs at least one yearly record");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(benchmarks, "benchmarks");
        factorWeights = Map.copyOf(factorWeights);
        for (Map.Entry<Group, Double> e : factorWeights.entrySet()) {
            if (!e.getKey().isFactor()) {
                throw new IllegalArgumentException(e.getKey() + " is not one of the five factors");
            }
            if (!(e.getValue() >= 0 && Double.isFinite(e.getValue()))) {
                throw new IllegalArgumentException("weight of " + e.getKey() + " must be finite and ≥ 0, got " + e.getValue());
            }
        }
    }

    /** Inputs with the default benchmarks and equal factor weights. */
    public static DiagnosisInputs of(List<YearlyRecord> records, @Nullable GovernanceQuestionnaire governance,
                                     @Nullable ArchitectureQuestionnaire architecture) {
        return new DiagnosisInputs(records, CurrencyUnit.CNY_10K, governance, architecture, null,
                BenchmarkSet.defaults(), Map.of());
    }

    /** A copy with the evidence of a linked IO table (or none), everything else unchanged. */
    public DiagnosisInputs withIo(@Nullable IoEvidence evidence) {
        return new DiagnosisInputs(records, currency, governance, architecture, evidence, benchmarks, factorWeights);
    }

    /** A copy with other records (e.g. a projected year), everything else unchanged. */
    public DiagnosisInputs withRecords(List<YearlyRecord> other) {
        return new DiagnosisInputs(other, currency, governance, architecture, io, benchmarks, factorWeights);
    }
}
