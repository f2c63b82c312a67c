package org.gvclab.core.io.regional;

import org.gvclab.core.io.model.DenseMatrix;

/**
 * Regionalises a national coefficient matrix for a county or city without its own table (docs/methods.md#regionalisation) with
 * Flegg's location quotient (Flegg &amp; Webber 1997; Flegg &amp; Tohmo 2013):
 * {@code SLQ_i = (RE_i/RE)/(NE_i/NE)}, {@code CILQ_ij = SLQ_i/SLQ_j}, {@code λ* = [log2(1 + RE/NE)]^δ},
 * {@code FLQ_ij = CILQ_ij·λ*} (i ≠ j) and {@code FLQ_ii = SLQ_i·λ*}, regional coefficients
 * {@code r_ij = a_ij·min(FLQ_ij, 1)}.
 */
public final class Regionalisation {

    /** δ = 0.3 (*assumption*: Flegg &amp; Tohmo 2013 report 0.1–0.4 as the plausible range). */
    public static final double DEFAULT_DELTA = 0.3;

    private Regionalisation() {
    }

    /**
     * The regionalised table.
     *
     * @param A      regional input coefficients r_ij
     * @param flq    the FLQ_ij before capping at 1
     * @param slq    simple location quotients
     * @param lambda λ*
     */
    public record Result(DenseMatrix A, DenseMatrix flq, double[] slq, double lambda) {
    }

    /**
     * @param nationalA            national input coefficients (N × N)
     * @param regionalEmployment   RE_i by sector
     * @param nationalEmployment   NE_i by sector
     * @param delta                δ (use {@link #DEFAULT_DELTA} unless calibrated)
     */
    public static Result flq(DenseMatrix nationalA, double[] regionalEmployment, double[] nationalEmployment,
            double delta) {
        int n = nationalA.rows();
        if (nationalA.cols() != n || regionalEmployment.length != n || nationalEmployment.length != n) {
            throw new IllegalArgumentException("A must be N × N and both employment vectors of length N = " + n);
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("δ must lie in [0, 1), got " + delta);
        }
        double re = 0;
        double ne = 0;
        for (int i = 0; i < n; i++) {
            if (regionalEmployment[i] < 0 || nationalEmployment[i] < 0) {
                throw new IllegalArgumentException("employment of sector " + (i + 1) + " is negative");
            }
            if (regionalEmployment[i] > nationalEmployment[i]) {
                throw new IllegalArgumentException("regional employment of sector " + (i + 1)
                        + " exceeds national employment");
            }
            re += regionalEmployment[i];
            ne += nationalEmployment[i];
        }
        if (re <= 0 || ne <= 0) {
            throw new IllegalArgumentException("total regional and national employment must be positive");
        }
        double[] slq = new double[n];
        for (int i = 0; i < n; i++) {
            slq[i] = nationalEmployment[i] == 0 ? 0 : (regionalEmployment[i] / re) / (nationalEmployment[i] / ne);
        }
        double lambda = Math.pow(Math.log1p(re / ne) / Math.log(2), delta);
        DenseMatrix flq = new DenseMatrix(n, n);
        DenseMatrix r = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double q;
                if (i == j) {
                    q = slq[i] * lambda;
                } else {
                    q = slq[j] == 0 ? Double.POSITIVE_INFINITY : slq[i] / slq[j] * lambda;
                }
                flq.set(i, j, q);
                r.set(i, j, nationalA.get(i, j) * Math.min(q, 1.0));
            }
        }
        return new Result(r, flq, slq, lambda);
    }
}
