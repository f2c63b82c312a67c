package org.gvclab.web.workshop;

/** Where an activity stands: not yet opened, accepting input, or closed. At most one activity is open at a time. */
public enum ActivityState {
    PENDING, OPEN, CLOSED
}
