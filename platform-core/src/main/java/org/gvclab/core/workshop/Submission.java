package org.gvclab.core.workshop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One participant's input to one activity. Stored as JSON (the {@code kind} property names the variant); checked
 * against the activity's criteria or strategies with {@link #validate}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FactorScores.class, name = "FACTOR_SCORING"),
        @JsonSubTypes.Type(value = PairwiseJudgements.class, name = "AHP"),
        @JsonSubTypes.Type(value = StrategyRanking.class, name = "STRATEGY_RANKING"),
        @JsonSubTypes.Type(value = StrategyVote.class, name = "STRATEGY_VOTE")})
public sealed interface Submission permits FactorScores, PairwiseJudgements, StrategyRanking, StrategyVote {

    /** The activity kind this input belongs to. */
    ActivityKind kind();

    /**
     * Checks the input against the activity's items (factor ids, criteria in matrix order, or strategy ids).
     *
     * @throws InvalidSubmissionException naming the offending item or entry
     */
    void validate(List<String> itemIds);
}
