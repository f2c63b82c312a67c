package org.gvclab.core.workshop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** The aggregated result of one activity of a workshop, live or frozen. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ActivityResult.Scoring.class, name = "FACTOR_SCORING"),
        @JsonSubTypes.Type(value = ActivityResult.Weighting.class, name = "AHP"),
        @JsonSubTypes.Type(value = ActivityResult.Ranking.class, name = "STRATEGY_RANKING"),
        @JsonSubTypes.Type(value = ActivityResult.Vote.class, name = "STRATEGY_VOTE")})
public sealed interface ActivityResult {

    /** The activity's id. */
    long activityId();

    /** Its 1-based position on the agenda. */
    int position();

    /** The criteria or strategies, in the activity's order. */
    List<Criterion> items();

    /** How many participants submitted. */
    int submissions();

    /** The kind of activity. */
    ActivityKind kind();

    /** Five-factor scoring: one distribution per factor. */
    record Scoring(long activityId, int position, List<Criterion> items, int submissions,
                   List<ScoreDistribution> distributions) implements ActivityResult {
        public Scoring {
            items = List.copyOf(items);
            distributions = List.copyOf(distributions);
        }

        @Override
        public ActivityKind kind() {
            return ActivityKind.FACTOR_SCORING;
        }
    }

    /**
     * AHP: the group's weights, or null before anyone submitted.
     *
     * @param criteriaSet the criteria set compared
     */
    record Weighting(long activityId, int position, CriteriaSet criteriaSet, List<Criterion> items, int submissions,
                     @org.jspecify.annotations.Nullable GroupWeights group) implements ActivityResult {
        public Weighting {
            items = List.copyOf(items);
        }

        @Override
        public ActivityKind kind() {
            return ActivityKind.AHP;
        }
    }

    /** Strategy ranking: the Borda aggregate, best first (empty before anyone submitted). */
    record Ranking(long activityId, int position, List<Criterion> items, int submissions, List<RankedItem> ranking)
            implements ActivityResult {
        public Ranking {
            items = List.copyOf(items);
            ranking = List.copyOf(ranking);
        }

        @Override
        public ActivityKind kind() {
            return ActivityKind.STRATEGY_RANKING;
        }
    }

    /** Strategy vote: approvals per strategy, most approved first. */
    record Vote(long activityId, int position, List<Criterion> items, int submissions, List<RankedItem> ranking)
            implements ActivityResult {
        public Vote {
            items = List.copyOf(items);
            ranking = List.copyOf(ranking);
        }

        @Override
        public ActivityKind kind() {
            return ActivityKind.STRATEGY_VOTE;
        }
    }
}
