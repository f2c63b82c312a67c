package org.gvclab.web.workshop;

import java.util.List;

/**
 * A new workshop: its cluster, title and agenda.
 *
 * @param clusterId the cluster (its jurisdiction becomes the workshop's)
 * @param title     a title shown to participants, 1–{@value #MAX_TITLE} characters
 * @param agenda    the activities in order, at least one
 */
public record WorkshopDraft(long clusterId, String title, List<ActivityDraft> agenda) {

    /** The longest title. */
    public static final int MAX_TITLE = 200;
    /** The longest custom strategy name. */
    public static final int MAX_STRATEGY_NAME = 80;
    /** The most custom strategies. */
    public static final int MAX_CUSTOM_STRATEGIES = 5;

    public WorkshopDraft {
        agenda = List.copyOf(agenda);
    }
}
