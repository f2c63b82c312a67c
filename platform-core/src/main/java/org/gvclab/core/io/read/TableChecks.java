package org.gvclab.core.io.read;

import java.util.List;
import java.util.Locale;
import org.gvclab.core.io.model.BalanceReport;
import org.gvclab.core.io.model.IoTable;

/** Checks shared by every reader once a table is assembled: non-negative output, balance. */
final class TableChecks {

    private TableChecks() {
    }

    /** Rejects negative gross output, naming the label. */
    static void checkOutput(double[] x, List<String> labels, String file, long line) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new TableValidationException(file, line, labels.get(i),
                        "gross output is negative (" + x[i] + "); a table needs x ≥ 0");
            }
            if (!Double.isFinite(x[i])) {
                throw new TableValidationException(file, line, labels.get(i), "gross output is not finite");
            }
        }
    }

    /**
     * Checks the balance and either rejects the table or returns it with the report in its notes.
     */
    static IoTable checkBalance(IoTable t, ReadOptions options, String rowFile, String colFile) {
        return checkBalance(t, options, rowFile, colFile, EmptyCells.NONE);
    }

    /** {@link #checkBalance(IoTable, ReadOptions, String, String)}, the note also counting empty cells read as 0. */
    static IoTable checkBalance(IoTable t, ReadOptions options, String rowFile, String colFile, EmptyCells empty) {
        BalanceReport b = t.balance();
        if (options.rejectImbalance() && b.maxRowRelativeGap() > options.balanceTolerance()) {
            throw new TableValidationException(rowFile, 0, b.worstRowLabel(), String.format(Locale.ROOT,
                    "gross output differs from the row sum of Z and Y by %.3g (relative %.3g), beyond the tolerance"
                            + " %.3g", b.maxRowGap(), b.maxRowRelativeGap(), options.balanceTolerance()));
        }
        if (options.rejectImbalance() && b.maxColumnRelativeGap() > options.balanceTolerance()) {
            throw new TableValidationException(colFile, 0, b.worstColumnLabel(), String.format(Locale.ROOT,
                    "gross output differs from the column sum of Z plus value added by %.3g (relative %.3g),"
                            + " beyond the tolerance %.3g", b.maxColumnGap(), b.maxColumnRelativeGap(),
                    options.balanceTolerance()));
        }
        String cells = empty.describe();
        return t.withNote(String.format(Locale.ROOT,
                "balance: largest row gap %.3g (relative %.3g at %s), largest column gap %.3g (relative %.3g at %s)",
                b.maxRowGap(), b.maxRowRelativeGap(), b.worstRowLabel(), b.maxColumnGap(),
                b.maxColumnRelativeGap(), b.worstColumnLabel()) + (cells.isEmpty() ? "" : "; " + cells));
    }
}
