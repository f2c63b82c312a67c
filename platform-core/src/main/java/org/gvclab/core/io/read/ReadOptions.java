package org.gvclab.core.io.read;

import org.gvclab.core.io.model.BalanceReport;

/**
 * How strictly a reader checks a table.
 *
 * @param balanceTolerance largest accepted relative balance gap (see {@link BalanceReport}); *assumption*,
 *                         default {@link BalanceReport#DEFAULT_TOLERANCE}
 * @param rejectImbalance  whether a gap beyond the tolerance is an error (true) or only reported in the notes
 */
public record ReadOptions(double balanceTolerance, boolean rejectImbalance) {

    public ReadOptions {
        if (!(balanceTolerance >= 0)) {
            throw new IllegalArgumentException("balance tolerance must be ≥ 0, got " + balanceTolerance);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(BalanceReport.DEFAULT_TOLERANCE, true);
    }
}
