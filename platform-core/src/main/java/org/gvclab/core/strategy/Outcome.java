package org.gvclab.core.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.indicator.Polarity;

/**
 * What the projection reports for every strategy and year, with its unit and its polarity as a ranking criterion.
 * Money is real: in the cluster's currency unit at base-year prices (nominal growth is deflated, docs/model.md).
 */
public enum Outcome {
    /** Gross output Q_t. */
    OUTPUT("output", Msg.of("strategy.outcome.output"), Kind.MONEY, Polarity.HIGHER_IS_BETTER, false),
    /** Value added VA_t. */
    VALUE_ADDED("value_added", Msg.of("strategy.outcome.value_added"), Kind.MONEY, Polarity.HIGHER_IS_BETTER, false),
    /** Value-added rate 100 · VA_t / Q_t. */
    VALUE_ADDED_RATE("value_added_rate", Msg.of("strategy.outcome.value_added_rate"), Kind.PERCENT, Polarity.HIGHER_IS_BETTER, false),
    /** Own-brand sales / sales × 100, as the diagnosis's {@code obm_share} indicator. */
    OBM_SHARE("obm_share", Msg.of("strategy.outcome.obm_share"), Kind.PERCENT, Polarity.HIGHER_IS_BETTER, false),
    /** Employees. */
    JOBS("jobs", Msg.of("strategy.outcome.jobs"), Kind.PERSONS, Polarity.HIGHER_IS_BETTER, false),
    /** Lever budgets spent from the first projected year up to year t (at base-year prices, not discounted). */
    FISCAL_COST("fiscal_cost", Msg.of("strategy.outcome.fiscal_cost"), Kind.MONEY, Polarity.HIGHER_IS_WORSE, false),
    /** The diagnosis's lock-in index (0–100) of the projected year. */
    LOCK_IN("lock_in", Msg.of("strategy.outcome.lock_in"), Kind.INDEX, Polarity.HIGHER_IS_WORSE, false),
    /**
     * Resilience, measured as the value added lost under the external shock: {@code 100 · (1 − VA_shock / VA_no shock)}
     * for the same strategy and draw. Lower is more resilient. A loss (not the share kept) is ranked because TOPSIS's
     * vector normalisation would all but erase differences between shares kept of 97–99 %.
     */
    SHOCK_LOSS("shock_loss", Msg.of("strategy.outcome.shock_loss"), Kind.PERCENT,
            Polarity.HIGHER_IS_WORSE, false),
    /**
     * Net present value against the status quo up to year t: {@code Σ_τ≤t [(VA_τ − VA^S0_τ) − λ_PF · B_τ] / (1 + r)^τ}
     * with the discount rate r and the cost of public funds λ_PF (docs/model.md, "Net present value").
     */
    NPV_NET_BENEFIT("npv_net_benefit", Msg.of("strategy.outcome.npv_net_benefit"), Kind.MONEY, Polarity.HIGHER_IS_BETTER,
            false),
    /** Extra regional output over S0 (same draw), Type I output multiplier × extra final demand. */
    REGIONAL_OUTPUT("regional_output", Msg.of("strategy.outcome.regional_output"), Kind.MONEY,
            Polarity.HIGHER_IS_BETTER, true),
    /** Extra regional value added over S0, Type I value-added multiplier × extra final demand. */
    REGIONAL_VALUE_ADDED("regional_value_added", Msg.of("strategy.outcome.regional_value_added"),
            Kind.MONEY, Polarity.HIGHER_IS_BETTER, true),
    /** Extra regional jobs over S0, Type I employment multiplier × extra final demand. */
    REGIONAL_JOBS("regional_jobs", Msg.of("strategy.outcome.regional_jobs"), Kind.PERSONS,
            Polarity.HIGHER_IS_BETTER, true);

    /** The default ranking criteria (the list). */
    public static final List<Outcome> DEFAULT_CRITERIA = List.of(VALUE_ADDED, VALUE_ADDED_RATE, OBM_SHARE, JOBS,
            FISCAL_COST, LOCK_IN, SHOCK_LOSS);

    enum Kind { MONEY, PERCENT, PERSONS, INDEX }

    private final String id;
    private final LocalizedText label;
    private final Kind kind;
    private final Polarity polarity;
    private final boolean regional;

    Outcome(String id, LocalizedText label, Kind kind, Polarity polarity, boolean regional) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.polarity = polarity;
        this.regional = regional;
    }

    /** Stable id used in scenarios, e.g. {@code value_added}. */
    public String id() {
        return id;
    }

    /** The bilingual name. */
    public LocalizedText label() {
        return label;
    }

    /** Whether higher is better as a ranking criterion. */
    public Polarity polarity() {
        return polarity;
    }

    /** Whether it needs regional multipliers (an IO table linked to the cluster). */
    public boolean regional() {
        return regional;
    }

    /** The unit, with money in the cluster's currency unit. */
    public LocalizedText unit(CurrencyUnit currency) {
        return switch (kind) {
            case MONEY -> currency.label();
            case PERCENT -> Msg.of("strategy.unit.percent");
            case PERSONS -> Msg.of("strategy.unit.persons");
            case INDEX -> Msg.of("strategy.unit.index_0_100");
        };
    }

    /** How its values are shown (the one number rule). */
    public Measure measure() {
        return switch (kind) {
            case MONEY -> Measure.MONEY;
            case PERCENT -> Measure.PERCENT;
            case PERSONS -> Measure.COUNT;
            case INDEX -> Measure.INDEX;
        };
    }

    /** The outcome with this id. */
    public static Optional<Outcome> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}
