package org.gvclab.web.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.web.cluster.Cluster;
import org.jspecify.annotations.Nullable;

/**
 * How one cluster is doing, as the dashboard shows it: the lock-in index of its latest year with the P10–P90 band,
 * its trend and change since the year before, the strongest drivers, the recommended path, what data are missing
 * and what to do next, and the latest brief and workshop of the cluster.
 *
 * @param year          the latest year with data, or null when the cluster has none
 * @param index         the lock-in index (0–100, higher = more locked in), or null when it cannot be computed
 * @param low           P10 of the index, or null
 * @param high          P90 of the index, or null
 * @param change        the index minus the index of the year before, or null without that year or either index
 * @param trend         the index of every stored year, oldest first (years whose index cannot be computed left out)
 * @param drivers       the strongest drivers of lock-in risk, strongest first (at most three)
 * @param path          the recommended upgrading path, or null without data
 * @param completeness  what data are missing and the next step
 * @param latestBrief   the most recently changed notebook about the cluster, or null
 * @param latestWorkshop the most recently created workshop of the cluster, or null
 * @param workshopsVisible whether the user may see workshops at all (consultants and administrators)
 */
public record ClusterStatus(Cluster cluster, @Nullable Integer year, @Nullable Double index, @Nullable Double low,
                            @Nullable Double high, @Nullable Double change, List<YearIndex> trend,
                            List<LocalizedText> drivers, @Nullable LocalizedText path, Completeness completeness,
                            @Nullable Linked latestBrief, @Nullable Linked latestWorkshop,
                            boolean workshopsVisible) {

    public ClusterStatus {
        trend = List.copyOf(trend);
        drivers = List.copyOf(drivers);
    }

    /** The lock-in index of one year. */
    public record YearIndex(int year, double index) {
    }

    /** A brief or workshop to link to: its id, title and when it last changed. */
    public record Linked(long id, String title, OffsetDateTime when) {
    }

    /**
     * What data the diagnosis lacks.
     *
     * @param missingYears   years without a record between the first stored year and the year before today
     * @param missingFields  the fields the latest record lacks, by label
     * @param unanswered     questionnaire questions not answered yet (of {@link DashboardService#QUESTIONS})
     * @param next           the next step
     */
    public record Completeness(List<Integer> missingYears, List<LocalizedText> missingFields, int unanswered,
                               NextStep next) {

        public Completeness {
            missingYears = List.copyOf(missingYears);
            missingFields = List.copyOf(missingFields);
        }
    }

    /** The next thing to do for a cluster, in this order of priority. */
    public enum NextStep {
        /** No yearly record yet. */
        ENTER_DATA,
        /** Questionnaire questions unanswered: architecture and governance cannot be decided. */
        ANSWER_QUESTIONNAIRES,
        /** Years or fields missing. */
        COMPLETE_DATA,
        /** Data complete: compare the strategies. */
        COMPARE_STRATEGIES
    }
}
