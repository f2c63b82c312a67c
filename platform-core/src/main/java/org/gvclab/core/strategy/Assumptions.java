package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.jspecify.annotations.Nullable;

/** Builds the list of assumptions shown with a result, and the model's structural notes (docs/model.md). */
final class Assumptions {

    private static final LocalizedText FIXED = Msg.of("strategy.assumption.fixed");
    private static final LocalizedText PCT = Msg.of("strategy.unit.pct");
    private static final LocalizedText NONE = Msg.of("strategy.unit.none");

    /** Why the regional jobs effect is missing when the multipliers have no employment multiplier. */
    static final LocalizedText NO_JOBS_MULTIPLIER = Msg.of("strategy.note.no_jobs_multiplier");

    private Assumptions() {
    }

    static List<Assumption> list(ClusterBaseline b, Scenario scenario, ParameterSet ps, List<Strategy> strategies,
                                 @Nullable RegionalMultipliers m) {
        List<Assumption> out = new ArrayList<>();
        for (Parameter p : ps.parameters()) {
            LocalizedText range = p.uncertain()
                    ? Msg.of("strategy.assumption.range", Num.decimal(p.low()), Num.decimal(p.high()), p.distribution().label())
                    : FIXED;
            out.add(new Assumption(p.id(), p.name(), p.value(), p.unit(), range, p.source(), p.assumption(),
                    ps.overridden(p.id()), true));
        }
        // values calibrated on the cluster's data, at the nominal parameters
        double[] v = ps.vector();
        double odm0 = b.mixEntered ? b.odm0 : Math.min(v[Param.DEFAULT_ODM_SHARE.ordinal()] / 100, 1 - v[Param.DEFAULT_OBM_SHARE.ordinal()] / 100);
        double obm0 = b.mixEntered ? b.obm0 : v[Param.DEFAULT_OBM_SHARE.ordinal()] / 100;
        double v0 = b.va0 / b.q0;
        double piE = v[Param.ODM_VA_PREMIUM.ordinal()];
        double piB = v[Param.OBM_VA_PREMIUM.ordinal()];
        double vOem = v0 / ((1 - odm0 - obm0) + piE * odm0 + piB * obm0);
        int y = b.baseYear();
        LocalizedText calibrated = Msg.of("strategy.assumption.calibrated", Num.year(y), Num.share(v0));
        out.add(calibrated("va_rate_oem", 100 * vOem, PCT, calibrated));
        out.add(calibrated("va_rate_odm", 100 * vOem * piE, PCT, calibrated));
        out.add(calibrated("va_rate_obm", 100 * vOem * piB, PCT, calibrated));
        if (b.r0 > 0) {
            double g0 = Math.max(0, Projection.real(v[Param.RD_PRESAMPLE_GROWTH.ordinal()], v[Param.PRICE_DEFLATOR.ordinal()]));
            double k0 = b.r0 / (g0 + v[Param.RD_DEPRECIATION.ordinal()] / 100);
            out.add(new Assumption("rd_return", Msg.of("strategy.assumption.rd_return"),
                    100 * v[Param.RD_VALUE_ADDED_ELASTICITY.ordinal()] * b.va0 / k0, PCT, FIXED,
                    Msg.of("strategy.assumption.rd_return_source"), false, false, false));
        }
        LocalizedText mixSource = b.mixEntered ? Msg.of("strategy.assumption.mix_data", Num.year(y))
                : Msg.of("strategy.assumption.mix_default");
        LocalizedText mix = Msg.of("strategy.unit.pct_of_mix");
        out.add(new Assumption("base_odm_share", Msg.of("strategy.assumption.base_odm_share"), 100 * odm0, mix, FIXED,
                mixSource, !b.mixEntered, false, false));
        out.add(new Assumption("base_obm_share", Msg.of("strategy.assumption.base_obm_share"), 100 * obm0, mix, FIXED,
                mixSource, !b.mixEntered, false, false));
        out.add(new Assumption("base_restricted_share", Msg.of("strategy.assumption.base_restricted_share"),
                100 * b.restricted0, Msg.of("strategy.unit.pct_of_exports"), FIXED,
                Msg.of("strategy.assumption.cluster_data", Num.year(y)), false, false, false));
        out.add(new Assumption("buyer_reaction_weight", Msg.of("strategy.assumption.captive"), b.captive, NONE, FIXED,
                Msg.of("strategy.assumption.captive_source"), false, false, false));
        Shock s = scenario.shock();
        out.add(new Assumption("shock_size", Msg.of("strategy.assumption.shock_size"), s.sizePercent(), PCT, FIXED,
                Msg.of(s.applied() ? "strategy.assumption.shock_applied" : "strategy.assumption.shock_stress"),
                Shock.DEFAULT_SIZE == s.sizePercent(), false, false));
        out.add(new Assumption("shock_year", Msg.of("strategy.assumption.shock_year"), y + s.year(), NONE, FIXED,
                Msg.of("strategy.assumption.setting"), false, false, false));
        for (Strategy st : strategies) {
            double first = st.budget(1, b.va0);
            out.add(new Assumption("budget_" + st.id(), Msg.of("strategy.assumption.budget", st.name()), first,
                    b.currency().label(), FIXED, Strategies.isPreset(st.id())
                    ? Msg.of("strategy.assumption.budget_preset", Num.percent(ps.value(Param.PRESET_BUDGET_SHARE.id)))
                    : Msg.of("strategy.assumption.budget_custom"), Strategies.isPreset(st.id()), false, false));
        }
        if (m != null) {
            LocalizedText per = Msg.of("strategy.unit.per_final_demand");
            out.add(new Assumption("multiplier_output", Msg.of("strategy.assumption.multiplier_output"), m.output(), per,
                    FIXED, m.source(), false, false, false));
            out.add(new Assumption("multiplier_value_added", Msg.of("strategy.assumption.multiplier_value_added"),
                    m.valueAdded(), per, FIXED, m.source(), false, false, false));
            if (m.jobs().isPresent()) {
                out.add(new Assumption("multiplier_jobs", Msg.of("strategy.assumption.multiplier_jobs"),
                        m.jobs().getAsDouble(), Msg.of("strategy.unit.persons_per_final_demand"), FIXED, m.source(),
                        false, false, false));
            }
        }
        out.add(new Assumption("horizon", Msg.of("strategy.assumption.horizon"), scenario.horizon(),
                Msg.of("strategy.unit.years"), FIXED, Msg.of("strategy.assumption.setting"), false, false, false));
        out.add(new Assumption("draws", Msg.of("strategy.assumption.draws"), scenario.draws(), NONE, FIXED,
                Msg.of("strategy.assumption.draws_source", Long.valueOf(scenario.seed())), false, false, false));
        return List.copyOf(out);
    }

    private static Assumption calibrated(String id, double value, LocalizedText unit, LocalizedText source) {
        return new Assumption(id, Msg.of("strategy.assumption." + id), value, unit, FIXED, source, false, false, false);
    }

    /** The structural choices of the model, always shown. */
    static List<LocalizedText> modelNotes(Shock shock) {
        List<LocalizedText> n = new ArrayList<>();
        n.add(Msg.of("strategy.note.real"));
        n.add(Msg.of("strategy.note.budgets"));
        n.add(Msg.of("strategy.note.held"));
        n.add(Msg.of("strategy.note.lock_in"));
        n.add(Msg.of("strategy.note.spending"));
        n.add(Msg.of("strategy.note.regional"));
        n.add(Msg.of("strategy.note.ranking"));
        if (!shock.applied()) {
            n.add(Msg.of("strategy.note.stress", Num.percent(shock.sizePercent()), Integer.valueOf(shock.year())));
        }
        return n;
    }
}
