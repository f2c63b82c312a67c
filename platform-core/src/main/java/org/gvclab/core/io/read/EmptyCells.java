package org.gvclab.core.io.read;

import java.util.Locale;
import org.gvclab.core.base.Msg;

/**
 * Counts the empty cells a flat-layout reader met: the releases and pymrio read them as zero, and so do the ICIO
 * and WIOD readers, but the balance note says how many there were in the table (Z, Y, the primary-input rows, the
 * output) and how many outside it were ignored. Readers keep an empty cell as NaN until it is picked into the table
 * (NaN never comes from a cell otherwise: non-finite numbers are refused).
 */
final class EmptyCells {

    /** For readers that refuse empty cells. */
    static final EmptyCells NONE = new EmptyCells();

    private long seen;
    private long inTable;

    /** Notes one empty cell read from the file. */
    void seen() {
        seen++;
    }

    /** The cell's value in the table: an empty cell (NaN) counts and reads as zero. */
    double value(double v) {
        if (Double.isNaN(v)) {
            inTable++;
            return 0;
        }
        return v;
    }

    /** The raw cells whose {@code kind} is {@code which}, in order, empty ones as zero (counted). */
    double[] pick(double[] v, int[] kind, int which, int count) {
        double[] r = new double[count];
        int k = 0;
        for (int c = 0; c < kind.length; c++) {
            if (kind[c] == which) {
                r[k++] = c < v.length ? value(v[c]) : value(Double.NaN);
            }
        }
        return r;
    }

    long inTable() {
        return inTable;
    }

    long ignored() {
        return Math.max(0, seen - inTable);
    }

    /** The words for the balance note (English, as the notes are stored), empty when there were none. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (inTable > 0) {
            sb.append(Msg.in(Locale.ENGLISH, "io.read.note.empty", inTable));
        }
        if (ignored() > 0) {
            sb.append(sb.isEmpty() ? "" : "; ").append(Msg.in(Locale.ENGLISH, "io.read.note.emptyIgnored", ignored()));
        }
        return sb.toString();
    }
}
