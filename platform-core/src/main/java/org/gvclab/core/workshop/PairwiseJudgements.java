package org.gvclab.core.workshop;

import java.util.List;
import org.gvclab.core.indicator.Ahp;

/**
 * A participant's AHP judgements: for each pair (i, j), i &lt; j, of the criteria in matrix order, the entry
 * {@code a_ij} on Saaty's 1–9 scale or its reciprocal (Saaty 1980): how much more important i is than j. The
 * pairs are listed row by row: (0,1), (0,2), …, (0,n−1), (1,2), …; the matrix is completed by {@code a_ji = 1/a_ij}.
 *
 * @param upper the n(n − 1)/2 judgements a_ij, i &lt; j
 */
public record PairwiseJudgements(List<Double> upper) implements Submission {

    /** Steps of the participant's slider: −8 … 8, where 0 is "equally important". */
    public static final int MAX_STEP = 8;

    public PairwiseJudgements {
        upper = List.copyOf(upper);
    }

    /** The judgement for a slider step: step s ≥ 0 means a_ij = s + 1 (i preferred), s &lt; 0 means a_ij = 1/(1 − s). */
    public static double valueOfStep(int step) {
        if (step < -MAX_STEP || step > MAX_STEP) {
            throw new InvalidSubmissionException("a judgement step must lie in −8…8, was " + step);
        }
        return step >= 0 ? step + 1 : 1.0 / (1 - step);
    }

    /** The slider step of a judgement on Saaty's scale: the inverse of {@link #valueOfStep}. */
    public static int stepOf(double value) {
        return value >= 1 ? (int) Math.round(value) - 1 : 1 - (int) Math.round(1 / value);
    }

    /** The number of pairs among n criteria, n(n − 1)/2. */
    public static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /** The 0-based position in {@link #upper} of the pair (i, j), i &lt; j, among n criteria. */
    public static int indexOf(int i, int j, int n) {
        if (i >= j) {
            throw new IllegalArgumentException("pair (" + i + ", " + j + ") must have i < j");
        }
        return i * n - i * (i + 1) / 2 + (j - i - 1);
    }

    /** The number of criteria these judgements compare (the n with n(n − 1)/2 = pairs). */
    public int n() {
        int n = 1;
        while (pairs(n) < upper.size()) {
            n++;
        }
        if (pairs(n) != upper.size()) {
            throw new InvalidSubmissionException(upper.size() + " judgements do not fit any number of criteria");
        }
        return n;
    }

    /** The full positive reciprocal matrix: ones on the diagonal, a_ij from the judgements, a_ji = 1/a_ij. */
    public double[][] matrix() {
        int n = n();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double v = upper.get(indexOf(i, j, n));
                a[i][j] = v;
                a[j][i] = 1 / v;
            }
        }
        return a;
    }

    /** This participant's own priorities and consistency (live feedback while they judge). */
    public Ahp.Result ahp() {
        return Ahp.of(matrix());
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.AHP;
    }

    @Override
    public void validate(List<String> criteria) {
        int n = criteria.size();
        if (upper.size() != pairs(n)) {
            throw new InvalidSubmissionException(n + " criteria need " + pairs(n) + " judgements, got " + upper.size());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Double v = upper.get(indexOf(i, j, n));
                if (v == null || !Double.isFinite(v) || v < 1.0 / 9 - 1e-9 || v > 9 + 1e-9) {
                    throw new InvalidSubmissionException("judgement " + criteria.get(i) + " vs " + criteria.get(j)
                            + " = " + v + " is outside Saaty's scale 1/9–9");
                }
            }
        }
    }
}
