package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.gvclab.core.base.Msg;

/**
 * Global sensitivity analysis of a model output {@code y = f(u)} over k factors scaled to the unit cube
 * {@code u ∈ [0, 1]^k} (the caller maps each u_i to a parameter by its inverse distribution function), seeded so a
 * run can be repeated exactly (docs/model.md, "Sensitivity").
 * <ul>
 * <li><b>Morris elementary effects</b> (Morris 1991, Technometrics 33(2); μ* after Campolongo, Cariboni &amp; Saltelli
 *     2007, Environmental Modelling &amp; Software 22(10)): r one-at-a-time trajectories on a p-level grid with step
 *     {@code Δ = p / (2(p − 1))}; each trajectory moves every factor once, in random order, by ±Δ;
 *     {@code EE_i = [f(u + Δ e_i) − f(u)] / Δ}; μ = mean EE, μ* = mean |EE|, σ = standard deviation of EE (n − 1).
 *     A linear f gives EE_i = β_i exactly (σ = 0); σ &gt; 0 flags non-linearity or interactions.</li>
 * <li><b>Sobol indices</b> (Saltelli et al. 2010, Computer Physics Communications 181(2)): matrices A and B of N
 *     uniform rows, A_B^(i) = A with column i from B; first order
 *     {@code S_i = (1/N) Σ f(B)[f(A_B^(i)) − f(A)] / V}, total {@code S_Ti = (1/2N) Σ [f(A) − f(A_B^(i))]² / V}
 *     (Jansen 1999), V the variance of f over A and B.</li>
 * </ul>
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * Morris statistics of one factor.
     *
     * @param factor  0-based factor index
     * @param mu      mean elementary effect
     * @param muStar  mean absolute elementary effect (importance)
     * @param sigma   standard deviation of the elementary effects (non-linearity and interactions)
     */
    public record MorrisEffect(int factor, double mu, double muStar, double sigma) {
    }

    /**
     * Sobol indices of one factor.
     *
     * @param factor     0-based factor index
     * @param firstOrder S_i, the share of the output variance due to the factor alone
     * @param total      S_Ti, the share due to the factor including all its interactions
     */
    public record SobolIndex(int factor, double firstOrder, double total) {
    }

    /**
     * Morris elementary effects.
     *
     * @param k            number of factors
     * @param trajectories r, the number of trajectories (≥ 1)
     * @param levels       p, the number of grid levels (even, ≥ 4)
     * @param seed         random seed
     * @param f            the model on the unit cube
     * @return one entry per factor, in factor order
     */
    public static List<MorrisEffect> morris(int k, int trajectories, int levels, long seed, ToDoubleFunction<double[]> f) {
        if (levels < 4 || levels % 2 != 0 || trajectories < 1) {
            throw new IllegalArgumentException(Msg.of("indicator.morris.levels", levels, trajectories).en()
                    + (levels % 2 != 0 ? " (the number of levels must be even)" : ""));
        }
        if (k < 1) {
            throw new IllegalArgumentException("Morris needs at least one factor");
        }
        double delta = levels / (2.0 * (levels - 1));
        double[][] ee = new double[k][trajectories];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < trajectories; r++) {
            double[] u = new double[k];
            for (int i = 0; i < k; i++) {
                u[i] = random.nextInt(levels) / (double) (levels - 1);
            }
            int[] order = permutation(k, random);
            double y = f.applyAsDouble(u.clone());
            for (int i : order) {
                // on a p-level grid with Δ = p / (2(p − 1)) exactly one of u ± Δ stays inside [0, 1]
                double step = u[i] + delta <= 1 + 1e-12 ? delta : -delta;
                u[i] = Math.max(0, Math.min(1, u[i] + step));
                double next = f.applyAsDouble(u.clone());
                ee[i][r] = (next - y) / step;
                y = next;
            }
        }
        List<MorrisEffect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            for (double e : ee[i]) {
                sum += e;
                abs += Math.abs(e);
            }
            double mu = sum / trajectories;
            double ss = 0;
            for (double e : ee[i]) {
                ss += (e - mu) * (e - mu);
            }
            double sigma = trajectories > 1 ? Math.sqrt(ss / (trajectories - 1)) : 0;
            out.add(new MorrisEffect(i, mu, abs / trajectories, sigma));
        }
        return List.copyOf(out);
    }

    /**
     * Sobol first-order and total indices by the Saltelli (2010) and Jansen (1999) estimators.
     *
     * @param k    number of factors
     * @param n    N, rows of each sample matrix (the model runs N·(k + 2) times)
     * @param seed random seed
     * @param f    the model on the unit cube
     */
    public static List<SobolIndex> sobol(int k, int n, long seed, ToDoubleFunction<double[]> f) {
        if (k < 1 || n < 2) {
            throw new IllegalArgumentException("Sobol indices need at least one factor and two sample rows");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < k; i++) {
                a[j][i] = random.nextDouble();
            }
            for (int i = 0; i < k; i++) {
                b[j][i] = random.nextDouble();
            }
        }
        double[] fa = new double[n];
        double[] fb = new double[n];
        double mean = 0;
        for (int j = 0; j < n; j++) {
            fa[j] = f.applyAsDouble(a[j].clone());
            fb[j] = f.applyAsDouble(b[j].clone());
            mean += fa[j] + fb[j];
        }
        mean /= 2 * n;
        double v = 0;
        for (int j = 0; j < n; j++) {
            v += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        v /= 2 * n - 1;
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                double fab = f.applyAsDouble(ab);
                first += fb[j] * (fab - fa[j]);
                total += (fa[j] - fab) * (fa[j] - fab);
            }
            out.add(new SobolIndex(i, v == 0 ? 0 : first / n / v, v == 0 ? 0 : total / (2.0 * n) / v));
        }
        return List.copyOf(out);
    }

    private static int[] permutation(int k, SplittableRandom random) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
