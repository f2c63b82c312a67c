package org.gvclab.web.workshop;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.workshop.Activity;
import org.gvclab.core.workshop.Submission;
import org.jspecify.annotations.Nullable;

/**
 * What a participant's page shows: the workshop, the activity open now (late joiners land in it) and only their
 * own input to it.
 *
 * @param current the open activity, null between activities
 * @param own     the participant's own latest input to it, null if none yet
 * @param closed  whether the workshop has closed
 */
public record ParticipantState(String title, LocalizedText clusterName, String displayName, boolean closed,
                               @Nullable Activity current, @Nullable Submission own) {
}
