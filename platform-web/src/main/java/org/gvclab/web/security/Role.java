package org.gvclab.web.security;

/** What a user may do. Data access is further limited by the user's jurisdictions ({@link TenantScope}). */
public enum Role {
    /** Manages users, jurisdictions and reference data; sees every jurisdiction. */
    ADMIN,
    /** Works for the jurisdictions assigned to them: workshops, reports, benchmarks. */
    CONSULTANT,
    /** Reads and edits the data of their own jurisdictions. */
    OFFICIAL;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
