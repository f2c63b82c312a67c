package org.gvclab.web.strategy;

import org.gvclab.web.base.UserFacingException;

/**
 * The table a cluster is linked to yields no Type I multipliers for the linked sector (zero output there, or a
 * singular {@code I − A}); the user can fix it by linking another sector or table. Key
 * {@code regional.error.multipliers} with table, region, sector and the core's reason.
 */
class MultipliersUnavailableException extends UserFacingException {

    private final String reason;

    MultipliersUnavailableException(String table, String region, String sector, String reason) {
        super("regional.error.multipliers", table, region, sector, reason);
        this.reason = reason;
    }

    /** The IO engine's account of the problem (English). */
    public String reason() {
        return reason;
    }
}
