package org.gvclab.web.workshop;

/**
 * What the facilitator decided, when closing a workshop, about AHP group weights whose consistency ratio is 0.10 or
 * more: such weights reach the lock-in driver composite or the strategy ranking only when the facilitator applies
 * them explicitly (docs/model.md, "Workshops").
 */
public enum WeightsDecision {
    /** No decision given: closing is refused while any group weights are inconsistent. */
    UNDECIDED,
    /** Apply the inconsistent group weights all the same (recorded in the audit trail with their CR). */
    APPLY,
    /** Freeze them with the results but never apply them; equal weights (or an older workshop's) stay in use. */
    WITHHOLD
}
