package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.LockInScorer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a strategy comparison (docs/model.md): the nominal projection of every strategy, a seeded Monte Carlo over
 * the uncertain parameters with common random numbers (every strategy sees the same parameter draw), the lock-in
 * index of every projected year by the diagnosis code, P10 / P50 / P90 bands, and the TOPSIS ranking with its
 * stability.
 *
 * <p>Reproducibility: the parameter vectors of all draws are drawn first, in order, from one
 * {@link SplittableRandom} seeded with the scenario's seed; each draw is then evaluated on its own and written to its
 * own slot, so the result is bit-identical for the same inputs, scenario and seed, whatever the number of threads.
 */
public final class StrategyComparison {

    private static final Outcome[] OUTCOMES = Outcome.values();

    private StrategyComparison() {
    }

    /**
     * Runs the comparison on the calling thread.
     *
     * @param baseline    the cluster
     * @param scenario    strategies, horizon, overrides, shock, ranking, seed and draws
     * @param multipliers Type I multipliers of the linked IO sector, or {@code null} when none is linked
     * @param progress    receives the fraction done (0–1) now and then, on the calling thread
     * @param cancelled   polled once per draw; when it returns true the run stops with {@link CancellationException}
     * @throws ParameterOverrideException when an override is refused
     * @throws IllegalArgumentException   when a criterion was not computed (regional without multipliers, or the
     *                                    lock-in index when the base year has none)
     */
    public static ComparisonResult run(ClusterBaseline baseline, Scenario scenario, @Nullable RegionalMultipliers multipliers,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        return run(baseline, scenario, multipliers, progress, cancelled, 1);
    }

    /**
     * Runs the comparison with the draws split over {@code threads} threads (the calling thread included); the
     * result is the same as with one thread.
     */
    public static ComparisonResult run(ClusterBaseline baseline, Scenario scenario, @Nullable RegionalMultipliers multipliers,
                                       DoubleConsumer progress, BooleanSupplier cancelled, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        Run run = new Run(baseline, scenario, multipliers);
        int n = scenario.draws();
        double[][] vectors = new double[n][];
        SplittableRandom random = new SplittableRandom(scenario.seed());
        for (int d = 0; d < n; d++) {
            vectors[d] = run.drawVector(random);
        }
        progress.accept(0);
        int step = Math.max(1, n / 100);
        if (threads == 1 || n < 2) {
            for (int d = 0; d < n; d++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("strategy comparison cancelled after " + d + " of " + n + " draws");
                }
                run.draw(d, vectors[d]);
                if ((d + 1) % step == 0) {
                    progress.accept(0.98 * (d + 1) / n);
                }
            }
        } else {
            parallel(run, vectors, threads, progress, cancelled);
        }
        ComparisonResult result = run.finish(vectors.length);
        progress.accept(1);
        return result;
    }

    private static void parallel(Run run, double[][] vectors, int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        AtomicInteger done = new AtomicInteger();
        int n = vectors.length;
        int chunks = Math.min(threads, n);
        ExecutorService pool = Executors.newFixedThreadPool(chunks - 1, r -> {
            Thread t = new Thread(r, "strategy-comparison");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 1; c < chunks; c++) {
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                futures.add(pool.submit(() -> {
                    for (int d = from; d < to && !stop.get(); d++) {
                        run.draw(d, vectors[d]);
                        done.incrementAndGet();
                    }
                }));
            }
            int to0 = n / chunks;
            int step = Math.max(1, n / 100);
            for (int d = 0; d < to0; d++) {
                if (cancelled.getAsBoolean()) {
                    stop.set(true);
                    throw new CancellationException("strategy comparison cancelled after about " + done.get() + " of " + n + " draws");
                }
                run.draw(d, vectors[d]);
                if (done.incrementAndGet() % step == 0) {
                    progress.accept(0.98 * done.get() / n);
                }
            }
            for (Future<?> f : futures) {
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        stop.set(true);
                        throw new CancellationException("strategy comparison cancelled after about " + done.get() + " of " + n + " draws");
                    }
                    try {
                        f.get(50, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        progress.accept(0.98 * done.get() / n);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("strategy comparison interrupted");
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one comparison: inputs resolved, storage for every draw. */
    private static final class Run {
        final ClusterBaseline baseline;
        final Scenario scenario;
        final @Nullable RegionalMultipliers multipliers;
        final ParameterSet parameters;
        final List<Strategy> strategies;
        /** The strategies' plans, then the status quo's when no strategy is without levers. */
        final Projection.Plan[] plans;
        /** The row of the status quo (a strategy without levers, or the extra last row). */
        final int reference;
        final boolean[] computed = new boolean[OUTCOMES.length];
        final boolean lockIn;
        final int h;
        /** {@code [strategy][outcome][t][draw]}, null for outcomes not computed. */
        final double[][][][] values;
        /** Parameters in a draw vector, then outcome references. */
        static final int P = Param.values().length;
        static final int R = LockInScorer.OUTCOMES.size();

        Run(ClusterBaseline baseline, Scenario scenario, @Nullable RegionalMultipliers multipliers) {
            this.baseline = baseline;
            this.scenario = scenario;
            this.multipliers = multipliers;
            this.parameters = baseline.parameters().withOverrides(scenario.overrides());
            double share = parameters.value(Param.PRESET_BUDGET_SHARE.id);
            this.strategies = scenario.strategies(share);
            this.h = scenario.horizon();
            int ref = -1;
            for (int i = 0; i < strategies.size() && ref < 0; i++) {
                if (strategies.get(i).levers().isEmpty()) {
                    ref = i;
                }
            }
            this.reference = ref >= 0 ? ref : strategies.size();
            this.plans = new Projection.Plan[ref >= 0 ? strategies.size() : strategies.size() + 1];
            for (int i = 0; i < plans.length; i++) {
                plans[i] = new Projection.Plan(i < strategies.size() ? strategies.get(i)
                        : Strategies.preset("S0", share).orElseThrow(), baseline.va0, h);
            }
            this.lockIn = baseline.lockInIndex() != null;
            for (Outcome o : OUTCOMES) {
                computed[o.ordinal()] = (!o.regional() || multipliers != null && multipliers.covers(o))
                        && (o != Outcome.LOCK_IN || lockIn);
            }
            for (Outcome c : scenario.criteria()) {
                if (!computed[c.ordinal()]) {
                    throw new IllegalArgumentException("ranking criterion " + c.id() + " cannot be computed: "
                            + (!c.regional() ? "the base year's lock-in index cannot be scored (no factor has data)"
                            : multipliers == null ? "it needs regional multipliers from an IO table linked to the cluster"
                            : "it needs an employment multiplier, which needs regional employment by sector for the "
                            + "linked IO table"));
                }
            }
            this.values = new double[plans.length][OUTCOMES.length][][];
            for (int i = 0; i < plans.length; i++) {
                for (Outcome o : OUTCOMES) {
                    if (computed[o.ordinal()]) {
                        values[i][o.ordinal()] = new double[h + 1][scenario.draws()];
                    }
                }
            }
        }

        /** Evaluates draw {@code d} and stores it. */
        void draw(int d, double[] p) {
            double[][][] out = evaluate(p, null);
            for (int i = 0; i < plans.length; i++) {
                for (int o = 0; o < OUTCOMES.length; o++) {
                    if (computed[o]) {
                        for (int t = 0; t <= h; t++) {
                            values[i][o][t][d] = out[i][o][t];
                        }
                    }
                }
            }
        }

        /**
         * One Monte Carlo draw: the parameters (in catalogue order), then one uniform variate per outcome reference of
         * the lock-in index ({@link LockInScorer#OUTCOMES} order), all from the same generator.
         */
        double[] drawVector(SplittableRandom random) {
            double[] p = parameters.draw(random);
            double[] v = Arrays.copyOf(p, P + R);
            for (int k = 0; k < R; k++) {
                v[P + k] = random.nextDouble();
            }
            return v;
        }

        /** The nominal vector: parameters at their values, references at their stated values. */
        double[] nominalVector() {
            double[] v = Arrays.copyOf(parameters.vector(), P + R);
            Arrays.fill(v, P, P + R, 0.5);
            return v;
        }

        /**
         * Every outcome of every strategy for one parameter vector: {@code [strategy][outcome][t]}.
         *
         * @param records when not null, receives the projected records of each strategy (the nominal run)
         */
        double[][][] evaluate(double[] p, @Nullable List<List<YearlyRecord>> records) {
            Shock shock = scenario.shock();
            double[][][] out = new double[plans.length][OUTCOMES.length][];
            Projection.Path[] shownPaths = new Projection.Path[plans.length];
            Projection.Records kind = records != null ? Projection.Records.FULL
                    : lockIn ? Projection.Records.OUTCOMES : Projection.Records.NONE;
            for (int i = 0; i < plans.length; i++) {
                shownPaths[i] = Projection.run(baseline, p, plans[i], h, shock, shock.applied(), kind);
            }
            Projection.Path ref = shownPaths[reference];
            double[] refU = Arrays.copyOfRange(p, P, P + R);
            double discount = p[Param.DISCOUNT_RATE.ordinal()] / 100;
            double fundsCost = p[Param.PUBLIC_FUNDS_COST.ordinal()];
            for (int i = 0; i < plans.length; i++) {
                Projection.Path shown = shownPaths[i];
                Projection.Path twin = Projection.run(baseline, p, plans[i], h, shock, !shock.applied(), false);
                double[] vaShock = shock.applied() ? shown.va : twin.va;
                double[] vaCalm = shock.applied() ? twin.va : shown.va;
                double[][] o = out[i];
                o[Outcome.OUTPUT.ordinal()] = shown.q;
                o[Outcome.VALUE_ADDED.ordinal()] = shown.va;
                double[] rate = new double[h + 1];
                double[] loss = new double[h + 1];
                double[] npv = new double[h + 1];
                for (int t = 0; t <= h; t++) {
                    rate[t] = shown.q[t] > 0 ? 100 * shown.va[t] / shown.q[t] : 0;
                    loss[t] = vaCalm[t] > 0 ? 100 * (1 - vaShock[t] / vaCalm[t]) : 0;
                    if (t > 0) {
                        double budget = shown.cost[t] - shown.cost[t - 1];
                        npv[t] = npv[t - 1] + ((shown.va[t] - ref.va[t]) - fundsCost * budget) / Math.pow(1 + discount, t);
                    }
                }
                o[Outcome.VALUE_ADDED_RATE.ordinal()] = rate;
                o[Outcome.OBM_SHARE.ordinal()] = shown.obm;
                o[Outcome.JOBS.ordinal()] = shown.jobs;
                o[Outcome.FISCAL_COST.ordinal()] = shown.cost;
                o[Outcome.SHOCK_LOSS.ordinal()] = loss;
                o[Outcome.NPV_NET_BENEFIT.ordinal()] = npv;
                if (lockIn) {
                    double[] l = new double[h + 1];
                    l[0] = baseline.lockInIndex();
                    for (int t = 1; t <= h; t++) {
                        l[t] = baseline.lockIn(shown.records[t - 1], shown.records[t], shown.dva[t], refU);
                        if (Double.isNaN(l[t])) {
                            throw new IllegalStateException("strategy " + id(i) + ", year "
                                    + (baseline.baseYear() + t) + ": the projected lock-in index cannot be scored");
                        }
                    }
                    o[Outcome.LOCK_IN.ordinal()] = l;
                }
                if (multipliers != null) {
                    double[] rx = new double[h + 1];
                    double[] rv = new double[h + 1];
                    double[] rj = new double[h + 1];
                    for (int t = 0; t <= h; t++) {
                        rx[t] = regionalOutput(shown, t) - regionalOutput(ref, t);
                        rv[t] = regionalValueAdded(shown, t) - regionalValueAdded(ref, t);
                        rj[t] = multipliers.jobs().orElse(0) / Math.max(multipliers.output(), 1e-12) * rx[t];
                    }
                    o[Outcome.REGIONAL_OUTPUT.ordinal()] = rx;
                    o[Outcome.REGIONAL_VALUE_ADDED.ordinal()] = rv;
                    if (multipliers.jobs().isPresent()) {
                        o[Outcome.REGIONAL_JOBS.ordinal()] = rj;
                    }
                }
                if (records != null && i < strategies.size()) {
                    records.add(lockIn ? Arrays.asList(shown.records)
                            : Arrays.asList(Projection.run(baseline, p, plans[i], h, shock, shock.applied(), true).records));
                }
            }
            return out;
        }

        /**
         * Regional output attributable to the cluster's sales in year t: {@code m_x,t · S_t}, the indirect part of the
         * Type I multiplier scaled by the local share of intermediate inputs {@code m_x,t = 1 + (m_x − 1) · l_t / l_0}
         * (local sourcing feeds the regional rounds; docs/model.md, "Regional effects").
         */
        private double regionalOutput(Projection.Path path, int t) {
            return (1 + (multipliers.output() - 1) * localRatio(path, t)) * path.sales[t];
        }

        /** {@code (v_t + max(0, m_va − v_0) · l_t / l_0) · S_t}: the direct value added plus the scaled indirect part. */
        private double regionalValueAdded(Projection.Path path, int t) {
            double indirect = Math.max(0, multipliers.valueAdded() - path.rate[0]);
            return (path.rate[t] + indirect * localRatio(path, t)) * path.sales[t];
        }

        private static double localRatio(Projection.Path path, int t) {
            return path.local[0] > 0 ? path.local[t] / path.local[0] : 1;
        }

        ComparisonResult finish(int draws) {
            List<List<YearlyRecord>> records = new ArrayList<>();
            double[][][] nominal = evaluate(nominalVector(), records);
            List<StrategyResult> results = new ArrayList<>();
            double[] sorted = new double[draws];
            for (int i = 0; i < strategies.size(); i++) {
                Map<Outcome, Trajectory> m = new EnumMap<>(Outcome.class);
                for (Outcome o : OUTCOMES) {
                    if (!computed[o.ordinal()]) {
                        continue;
                    }
                    double[] p10 = new double[h + 1];
                    double[] p50 = new double[h + 1];
                    double[] p90 = new double[h + 1];
                    for (int t = 0; t <= h; t++) {
                        System.arraycopy(values[i][o.ordinal()][t], 0, sorted, 0, draws);
                        Arrays.sort(sorted);
                        p10[t] = quantile(sorted, 0.1);
                        p50[t] = quantile(sorted, 0.5);
                        p90[t] = quantile(sorted, 0.9);
                    }
                    m.put(o, new Trajectory(o, nominal[i][o.ordinal()], p10, p50, p90));
                }
                results.add(new StrategyResult(strategies.get(i), m, records.get(i)));
            }
            double[][][] horizon = new double[draws][plans.length][OUTCOMES.length];
            for (int d = 0; d < draws; d++) {
                for (int i = 0; i < plans.length; i++) {
                    for (int o = 0; o < OUTCOMES.length; o++) {
                        horizon[d][i][o] = computed[o] ? values[i][o][h][d] : Double.NaN;
                    }
                }
            }
            Ranking ranking = TopsisRanking.rank(horizon, strategies.stream().map(Strategy::id).toList(), reference,
                    scenario.criteria(), scenario.weighting(), scenario.basis());
            NpvRanking npv = npvRanking(draws);
            RankingSensitivityAnalysis sensitivity = new RankingSensitivityAnalysis(baseline, scenario, parameters,
                    strategies, plans, reference, npv, nominalVector());
            return new ComparisonResult(scenario, baseline.baseYear(), baseline.currency(), results, ranking, npv,
                    sensitivity::result, parameters, Assumptions.list(baseline, scenario, parameters, strategies, multipliers),
                    notes(), multipliers, horizon, reference);
        }

        /** The strategies by median NPV at the horizon, with the share of draws each has the highest NPV. */
        private NpvRanking npvRanking(int draws) {
            int o = Outcome.NPV_NET_BENEFIT.ordinal();
            int n = strategies.size();
            double[] p50 = new double[n];
            List<double[]> bands = new ArrayList<>();
            double[] sorted = new double[draws];
            for (int i = 0; i < n; i++) {
                System.arraycopy(values[i][o][h], 0, sorted, 0, draws);
                Arrays.sort(sorted);
                p50[i] = quantile(sorted, 0.5);
                bands.add(new double[] {quantile(sorted, 0.1), quantile(sorted, 0.9)});
            }
            double[] best = new double[n];
            for (int d = 0; d < draws; d++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    top = Math.max(top, values[i][o][h][d]);
                }
                int ties = 0;
                for (int i = 0; i < n; i++) {
                    ties += values[i][o][h][d] == top ? 1 : 0;
                }
                for (int i = 0; i < n; i++) {
                    best[i] += values[i][o][h][d] == top ? 1.0 / ties : 0;
                }
            }
            int[] ranks = org.gvclab.core.indicator.Composite.ranks(p50);
            List<NpvRanking.Entry> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entries.add(new NpvRanking.Entry(strategies.get(i).id(), bands.get(i)[0], p50[i], bands.get(i)[1], ranks[i],
                        best[i] / draws));
            }
            return new NpvRanking(entries, parameters.value(Param.DISCOUNT_RATE.id), parameters.value(Param.PUBLIC_FUNDS_COST.id));
        }

        private String id(int row) {
            return row < strategies.size() ? strategies.get(row).id() : "S0 (reference)";
        }

        private List<LocalizedText> notes() {
            List<LocalizedText> n = new ArrayList<>(baseline.notes());
            n.addAll(Assumptions.modelNotes(scenario.shock()));
            if (multipliers != null && multipliers.jobs().isEmpty()) {
                n.add(Assumptions.NO_JOBS_MULTIPLIER);
            }
            return n;
        }
    }

    /** Quantile of sorted values by linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7). */
    static double quantile(double[] sorted, double p) {
        double hq = (sorted.length - 1) * p;
        int lo = (int) Math.floor(hq);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double q = sorted[lo] + (hq - lo) * (sorted[hi] - sorted[lo]);
        return Math.max(sorted[lo], Math.min(sorted[hi], q));
    }
}
