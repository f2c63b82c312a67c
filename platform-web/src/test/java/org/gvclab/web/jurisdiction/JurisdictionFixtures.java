package org.gvclab.web.jurisdiction;

import org.jooq.DSLContext;

/** Test data for other packages' repository tests: jurisdictions stored straight into a fresh database. */
public final class JurisdictionFixtures {

    private JurisdictionFixtures() {
    }

    /** Stores a jurisdiction; returns its id. */
    public static long insert(DSLContext dsl, JurisdictionDraft draft) {
        return new JurisdictionRepository(dsl).insert(draft);
    }
}
