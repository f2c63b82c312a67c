package org.gvclab.core.strategy;

import java.util.Objects;

/**
 * One policy lever of a strategy: what kind, how much per year, for which firms, from which projected year and for
 * how long.
 *
 * @param kind          the kind of lever, which decides its effects
 * @param budget        the yearly budget, ≥ 0, in {@code unit}
 * @param unit          money per year in the cluster's currency, or percent of base-year value added per year
 * @param target        the firms the money goes to
 * @param startYear     the first projected year it runs, 1 = the year after the base year
 * @param durationYears how many years it runs (it stops at the horizon in any case)
 */
public record Lever(LeverKind kind, double budget, BudgetUnit unit, Target target, int startYear, int durationYears) {

    public Lever {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        if (!Double.isFinite(budget) || budget < 0) {
            throw new IllegalArgumentException("lever " + kind + ": the budget must be finite and ≥ 0, got " + budget);
        }
        if (unit == BudgetUnit.PERCENT_OF_VALUE_ADDED && budget > 100) {
            throw new IllegalArgumentException("lever " + kind + ": a budget of " + budget
                    + " % of value added a year is more than the cluster's whole value added");
        }
        if (startYear < 1 || startYear > Scenario.MAX_HORIZON) {
            throw new IllegalArgumentException("lever " + kind + ": the start year must be 1–" + Scenario.MAX_HORIZON
                    + " (1 = the first projected year), got " + startYear);
        }
        if (durationYears < 1 || durationYears > Scenario.MAX_HORIZON) {
            throw new IllegalArgumentException("lever " + kind + ": the duration must be 1–" + Scenario.MAX_HORIZON
                    + " years, got " + durationYears);
        }
    }

    /** A lever for all firms, running from the first projected year to the horizon. */
    public static Lever of(LeverKind kind, double budget, BudgetUnit unit) {
        return new Lever(kind, budget, unit, Target.ALL_FIRMS, 1, Scenario.MAX_HORIZON);
    }

    /** Whether it runs in projected year {@code t} (1-based). */
    public boolean activeIn(int t) {
        return t >= startYear && t < startYear + durationYears;
    }

    /** Its yearly budget in money, given the cluster's base-year value added (in the same currency unit). */
    public double money(double baseValueAdded) {
        return unit == BudgetUnit.MONEY ? budget : budget / 100 * baseValueAdded;
    }
}
