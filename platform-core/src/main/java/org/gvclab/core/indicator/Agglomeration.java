package org.gvclab.core.indicator;

/**
 * Agglomeration measures that need more than one cluster's yearly record (docs/model.md, "Innovation agglomeration"), over explicit inputs.
 */
public final class Agglomeration {

    private Agglomeration() {
    }

    /**
     * Location quotient {@code LQ = (e_ij / e_j) / (e_i / e)}.
     *
     * @param eij employment in industry i in region j
     * @param ej  all employment in region j
     * @param ei  employment in industry i in the reference economy (nation)
     * @param e   all employment in the reference economy
     */
    public static double locationQuotient(double eij, double ej, double ei, double e) {
        for (double v : new double[] {eij, ej, ei, e}) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("employment figures must be finite and ≥ 0, got " + v);
            }
        }
        if (ej == 0 || ei == 0 || e == 0) {
            throw new IllegalArgumentException("LQ is not computable: e_j, e_i and e must be positive");
        }
        if (eij > ej || ei > e || eij > ei) {
            throw new IllegalArgumentException("inconsistent employment: need e_ij ≤ e_j, e_ij ≤ e_i, e_i ≤ e");
        }
        return (eij / ej) / (ei / e);
    }

    /** Herfindahl index {@code H = Σ s_k²} of sizes (e.g. firms' sales), {@code s_k = z_k / Σ z}. */
    public static double herfindahl(double[] sizes) {
        double[] s = shares(sizes, "sizes");
        double h = 0;
        for (double v : s) {
            h += v * v;
        }
        return h;
    }

    /** Normalised Herfindahl {@code H* = (H − 1/n) / (1 − 1/n)}, 0 for equal sizes, 1 for one firm holding all; n ≥ 2. */
    public static double normalisedHerfindahl(double[] sizes) {
        int n = sizes.length;
        if (n < 2) {
            throw new IllegalArgumentException("the normalised Herfindahl index needs at least two firms");
        }
        return (herfindahl(sizes) - 1.0 / n) / (1 - 1.0 / n);
    }

    /**
     * Ellison–Glaeser index of geographic concentration (Ellison &amp; Glaeser 1997, JPE 105(5), eq. 5):
     * {@code γ = [G − (1 − Σ_j x_j²) H] / [(1 − Σ_j x_j²)(1 − H)]}, {@code G = Σ_j (s_j − x_j)²}.
     *
     * @param industryByArea the industry's employment in each area j (gives s_j)
     * @param totalByArea    all employment in each area j (gives x_j)
     * @param plantSizes     the industry's plant (firm) employment sizes (gives H)
     */
    public static double ellisonGlaeser(double[] industryByArea, double[] totalByArea, double[] plantSizes) {
        return ellisonGlaeser(industryByArea, totalByArea, herfindahl(plantSizes));
    }

    /**
     * The Herfindahl index of plant sizes when only each area's total and its number of plants are known, with the
     * plants of an area taken as equal in size (*assumption*, docs/model.md "Innovation agglomeration"):
     * {@code H = Σ_j n_j (z_j / n_j)² / Z² = Σ_j s_j² / n_j}.
     *
     * @param industryByArea the industry's size (employment, R&amp;D staff) in each area
     * @param plantsByArea   the number of plants (firms) in each area, ≥ 1 where the area has any of the industry
     */
    public static double herfindahlOfEqualPlants(double[] industryByArea, double[] plantsByArea) {
        if (industryByArea.length != plantsByArea.length) {
            throw new IllegalArgumentException(industryByArea.length + " areas but " + plantsByArea.length + " plant counts");
        }
        double[] s = shares(industryByArea, "industry by area");
        double h = 0;
        for (int j = 0; j < s.length; j++) {
            if (s[j] > 0) {
                if (!(plantsByArea[j] >= 1)) {
                    throw new IllegalArgumentException("area " + j + " has some of the industry but " + plantsByArea[j] + " plants");
                }
                h += s[j] * s[j] / plantsByArea[j];
            }
        }
        return h;
    }

    /**
     * Ellison–Glaeser γ with the plant Herfindahl index {@code h} given (see {@link #ellisonGlaeser(double[], double[],
     * double[])}).
     */
    public static double ellisonGlaeser(double[] industryByArea, double[] totalByArea, double h) {
        if (industryByArea.length != totalByArea.length) {
            throw new IllegalArgumentException(industryByArea.length + " industry areas but " + totalByArea.length + " total areas");
        }
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("the plant Herfindahl index must be in 0–1, got " + h);
        }
        double[] s = shares(industryByArea, "industry employment by area");
        double[] x = shares(totalByArea, "total employment by area");
        double g = 0;
        double sx2 = 0;
        for (int j = 0; j < s.length; j++) {
            g += (s[j] - x[j]) * (s[j] - x[j]);
            sx2 += x[j] * x[j];
        }
        double denom = (1 - sx2) * (1 - h);
        if (denom == 0) {
            throw new IllegalArgumentException("γ is not computable: one area holds all employment or one plant all of the industry");
        }
        return (g - (1 - sx2) * h) / denom;
    }

    private static double[] shares(double[] z, String what) {
        if (z.length == 0) {
            throw new IllegalArgumentException(what + ": no values");
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i]) || z[i] < 0) {
                throw new IllegalArgumentException(what + " " + i + " = " + z[i] + " must be finite and ≥ 0");
            }
            sum += z[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException(what + ": all values are zero");
        }
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = z[i] / sum;
        }
        return s;
    }
}
