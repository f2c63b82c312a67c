package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.indicator.Sensitivity;

/**
 * The Morris analysis behind {@link RankingSensitivity} (docs/model.md, "Sensitivity"): elementary effects of every
 * uncertain parameter, over its uncertainty range on its probability scale, on the NPV margin at the horizon between
 * the two strategies with the highest median NPV. Holds only what the projections need (not the Monte Carlo draws),
 * so a result can run it on first use.
 */
final class RankingSensitivityAnalysis {

    /** Morris trajectories. */
    static final int TRAJECTORIES = 20;
    /** Morris grid levels. */
    static final int LEVELS = 4;

    private final ClusterBaseline baseline;
    private final Scenario scenario;
    private final ParameterSet parameters;
    private final List<Strategy> strategies;
    private final Projection.Plan[] plans;
    private final int reference;
    private final NpvRanking npv;
    private final double[] nominal;

    RankingSensitivityAnalysis(ClusterBaseline baseline, Scenario scenario, ParameterSet parameters,
                               List<Strategy> strategies, Projection.Plan[] plans, int reference, NpvRanking npv,
                               double[] nominal) {
        this.baseline = baseline;
        this.scenario = scenario;
        this.parameters = parameters;
        this.strategies = List.copyOf(strategies);
        this.plans = plans.clone();
        this.reference = reference;
        this.npv = npv;
        this.nominal = nominal.clone();
    }

    RankingSensitivity result() {
        List<NpvRanking.Entry> byRank = new ArrayList<>(npv.strategies());
        byRank.sort(Comparator.comparingInt(NpvRanking.Entry::rank).thenComparingInt(e -> row(e.strategyId())));
        int leaderRow = row(byRank.get(0).strategyId());
        int runnerRow = byRank.size() > 1 ? row(byRank.get(1).strategyId()) : reference;
        List<Param> factors = new ArrayList<>();
        List<Parameter> defs = new ArrayList<>();
        for (Param p : Param.values()) {
            Parameter def = parameters.parameter(p.id);
            if (def.uncertain()) {
                factors.add(p);
                defs.add(def);
            }
        }
        double margin = margin(nominal, leaderRow, runnerRow);
        List<RankingSensitivity.Effect> effects = new ArrayList<>();
        if (!factors.isEmpty()) {
            List<Sensitivity.MorrisEffect> ee = Sensitivity.morris(factors.size(), TRAJECTORIES, LEVELS, scenario.seed(),
                    u -> {
                        double[] v = nominal.clone();
                        for (int k = 0; k < u.length; k++) {
                            Parameter def = defs.get(k);
                            v[factors.get(k).ordinal()] = def.distribution().draw(def.value(), def.low(), def.high(), u[k]);
                        }
                        return margin(v, leaderRow, runnerRow);
                    });
            for (Sensitivity.MorrisEffect e : ee) {
                Param p = factors.get(e.factor());
                effects.add(new RankingSensitivity.Effect(p.id, p.name, e.mu(), e.muStar(), e.sigma(),
                        e.muStar() >= Math.abs(margin) && e.muStar() > 0));
            }
            effects.sort(Comparator.comparingDouble(RankingSensitivity.Effect::muStar).reversed()
                    .thenComparing(RankingSensitivity.Effect::parameterId));
        }
        String leader = strategies.get(leaderRow).id();
        String runner = runnerRow < strategies.size() ? strategies.get(runnerRow).id() : "S0";
        List<LocalizedText> decisive = effects.stream().filter(RankingSensitivity.Effect::decisive).limit(5)
                .map(RankingSensitivity.Effect::name).toList();
        List<LocalizedText> largest = effects.stream().limit(3).map(RankingSensitivity.Effect::name).toList();
        LocalizedText summary = decisive.isEmpty()
                ? Msg.of("strategy.sensitivity.robust", leader, runner, Num.money(margin), join(largest))
                : Msg.of("strategy.sensitivity.decisive", leader, runner, Num.money(margin), join(decisive));
        return new RankingSensitivity(leader, runner, margin, TRAJECTORIES, LEVELS, scenario.seed(), effects, summary);
    }

    /** NPV at the horizon of one row minus another's, for one parameter vector (no records, no shock twin). */
    private double margin(double[] p, int a, int b) {
        Shock shock = scenario.shock();
        int h = scenario.horizon();
        Projection.Path ref = Projection.run(baseline, p, plans[reference], h, shock, shock.applied(), false);
        Projection.Path pa = a == reference ? ref : Projection.run(baseline, p, plans[a], h, shock, shock.applied(), false);
        Projection.Path pb = b == reference ? ref : Projection.run(baseline, p, plans[b], h, shock, shock.applied(), false);
        return npv(p, pa, ref, h) - npv(p, pb, ref, h);
    }

    private static double npv(double[] p, Projection.Path path, Projection.Path ref, int h) {
        double r = p[Param.DISCOUNT_RATE.ordinal()] / 100;
        double lambda = p[Param.PUBLIC_FUNDS_COST.ordinal()];
        double v = 0;
        for (int t = 1; t <= h; t++) {
            v += ((path.va[t] - ref.va[t]) - lambda * (path.cost[t] - path.cost[t - 1])) / Math.pow(1 + r, t);
        }
        return v;
    }

    private int row(String id) {
        for (int i = 0; i < strategies.size(); i++) {
            if (strategies.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no strategy " + id);
    }

    private static LocalizedText join(List<LocalizedText> parts) {
        LocalizedText sep = Msg.of("base.list.separator");
        return new LocalizedText(String.join(sep.zh(), parts.stream().map(LocalizedText::zh).toList()),
                String.join(sep.en(), parts.stream().map(LocalizedText::en).toList()));
    }
}
