package org.gvclab.web.workshop;

/** A workshop runs (OPEN) until the facilitator closes it; a closed workshop accepts nothing more. */
public enum WorkshopStatus {
    OPEN, CLOSED
}
