package org.gvclab.web.benchmark;

import java.util.Arrays;

/**
 * Quantiles of a small peer sample by the Harrell–Davis estimator (Harrell, F. E. &amp; Davis, C. E. 1982, "A new
 * distribution-free quantile estimator", Biometrika 69(3): 635–640): a weighted mean of all order statistics with
 * weights from the Beta((n+1)p, (n+1)(1−p)) distribution. Every peer gets a positive weight, so, unlike the sample
 * median of an odd number of peers, a published quantile is never one peer's own value (docs/model.md, "Peers").
 * The regularised incomplete beta function follows Press et al. (2007, Numerical Recipes, 3rd ed., §6.4).
 */
final class PeerQuantiles {

    private PeerQuantiles() {
    }

    /** The Harrell–Davis estimate of the {@code p}-quantile (0 &lt; p &lt; 1) of {@code values} (at least one). */
    static double harrellDavis(double[] values, double p) {
        if (values.length == 0 || p <= 0 || p >= 1) {
            throw new IllegalArgumentException("need values and 0 < p < 1");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double a = (n + 1) * p;
        double b = (n + 1) * (1 - p);
        double sum = 0;
        double previous = 0;
        for (int i = 1; i <= n; i++) {
            double upper = i == n ? 1 : regularizedBeta((double) i / n, a, b);
            sum += (upper - previous) * x[i - 1];
            previous = upper;
        }
        return sum;
    }

    /** The share of peers below {@code own}, counting ties as half (0–1). */
    static double percentile(double own, double[] peers) {
        double below = 0;
        for (double v : peers) {
            if (v < own) {
                below += 1;
            } else if (v == own) {
                below += 0.5;
            }
        }
        return below / peers.length;
    }

    /** I_x(a, b), the regularised incomplete beta function. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        final double eps = 1e-15;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < eps) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7, n = 9). */
    static double logGamma(double x) {
        final double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = c[0];
        for (int i = 1; i < 9; i++) {
            sum += c[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
