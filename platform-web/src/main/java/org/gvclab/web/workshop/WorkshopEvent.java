package org.gvclab.web.workshop;

/**
 * Something changed in a workshop; screens reload what they show. Carries no data, so an event crossing nodes
 * reveals nothing (payload {@code <workshopId>:<kind>}).
 *
 * @param workshopId the workshop
 * @param kind       what changed
 */
public record WorkshopEvent(long workshopId, Kind kind) {

    /** What changed. */
    public enum Kind {
        /** A participant joined. */
        JOINED,
        /** A participant submitted or changed an input. */
        SUBMITTED,
        /** An activity was opened or closed, or the join code changed. */
        AGENDA,
        /** The workshop closed; its results are frozen. */
        CLOSED,
        /** The bus reconnected and may have missed events: reload everything. */
        RESYNC
    }

    /** The payload of a PostgreSQL notification. */
    String payload() {
        return workshopId + ":" + kind.name();
    }

    /** Reads a payload written by {@link #payload()}. */
    static WorkshopEvent parse(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a workshop event payload: " + payload);
        }
        return new WorkshopEvent(Long.parseLong(payload.substring(0, colon)), Kind.valueOf(payload.substring(colon + 1)));
    }
}
