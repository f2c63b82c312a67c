package org.gvclab.web.workshop;

import java.io.Serializable;

/**
 * What a participant's browser session holds after joining (server side, in the Vaadin session): which workshop,
 * which participant. It is no authentication: it opens only the participant's own page and inputs.
 *
 * @param seq         the participant's number in joining order (P01, P02, … in the export)
 * @param displayName the name they gave
 */
public record ParticipantPass(long workshopId, long participantId, long jurisdictionId, int seq, String displayName)
        implements Serializable {
}
