package org.gvclab.core.io.model;

import java.util.List;

/**
 * How well a table balances (docs/methods.md#io-core: {@code x = Z·1 + Y·1} and {@code x' = 1'·Z + va}), reported
 * rather than assumed. Relative gaps are {@code |gap_i| / max(|x_i|, Σ_j |Z_ij| + Σ_r |Y_ir|)}.
 *
 * @param maxRowGap          largest |x_i − Σ_j Z_ij − Σ_r Y_ir|
 * @param maxRowRelativeGap  largest relative row gap
 * @param worstRowLabel      the label where the relative row gap is largest
 * @param maxColumnGap       largest |x_j − Σ_i Z_ij − va_j|
 * @param maxColumnRelativeGap largest relative column gap
 * @param worstColumnLabel   the label where the relative column gap is largest
 */
public record BalanceReport(double maxRowGap, double maxRowRelativeGap, String worstRowLabel, double maxColumnGap,
        double maxColumnRelativeGap, String worstColumnLabel) {

    /** The default tolerance on relative gaps (*assumption*: tables published in millions round to ~1e-6). */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** True when both relative gaps are within {@code tolerance}. */
    public boolean balancedWithin(double tolerance) {
        return maxRowRelativeGap <= tolerance && maxColumnRelativeGap <= tolerance;
    }

    static BalanceReport of(IoTable t) {
        int n = t.n();
        List<String> labels = t.labels();
        double[] z = t.Z().data();
        double[] y = t.Y().data();
        int g = t.G();
        double[] colSum = new double[n];
        double[] colAbs = new double[n];
        double maxRow = 0;
        double maxRowRel = 0;
        String worstRow = labels.isEmpty() ? "" : labels.get(0);
        for (int i = 0; i < n; i++) {
            double s = 0;
            double abs = 0;
            int o = i * n;
            for (int j = 0; j < n; j++) {
                double v = z[o + j];
                s += v;
                abs += Math.abs(v);
                colSum[j] += v;
                colAbs[j] += Math.abs(v);
            }
            for (int r = 0; r < g; r++) {
                double v = y[i * g + r];
                s += v;
                abs += Math.abs(v);
            }
            double gap = Math.abs(t.x()[i] - s);
            double scale = Math.max(Math.abs(t.x()[i]), abs);
            double rel = scale == 0 ? (gap == 0 ? 0 : Double.POSITIVE_INFINITY) : gap / scale;
            maxRow = Math.max(maxRow, gap);
            if (rel > maxRowRel) {
                maxRowRel = rel;
                worstRow = labels.get(i);
            }
        }
        double maxCol = 0;
        double maxColRel = 0;
        String worstCol = labels.isEmpty() ? "" : labels.get(0);
        for (int j = 0; j < n; j++) {
            double gap = Math.abs(t.x()[j] - colSum[j] - t.va()[j]);
            double scale = Math.max(Math.abs(t.x()[j]), colAbs[j] + Math.abs(t.va()[j]));
            double rel = scale == 0 ? (gap == 0 ? 0 : Double.POSITIVE_INFINITY) : gap / scale;
            maxCol = Math.max(maxCol, gap);
            if (rel > maxColRel) {
                maxColRel = rel;
                worstCol = labels.get(j);
            }
        }
        return new BalanceReport(maxRow, maxRowRel, worstRow, maxCol, maxColRel, worstCol);
    }
}
