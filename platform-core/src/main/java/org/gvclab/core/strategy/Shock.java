package org.gvclab.core.strategy;

/**
 * The external shock of the international-politics factor: export demand from markets with trade restrictions
 * falls by {@code sizePercent} in projected year {@code year} and stays at the lower level (growing again at the
 * export growth rate). The cluster's own share of exports going to restricted markets says how much of its exports
 * is hit. When not applied, the same shock is still simulated to measure resilience ({@link Outcome#SHOCK_LOSS}) as
 * a stress test, but the trajectories shown are without it.
 *
 * @param applied     whether the trajectories shown include the shock
 * @param sizePercent the fall of export demand from restricted markets, 0–100 %
 * @param year        the projected year it hits, 1 = the year after the base year
 */
public record Shock(boolean applied, double sizePercent, int year) {

    /** The default size of the shock (*assumption*): restricted markets buy 30 % less. */
    public static final double DEFAULT_SIZE = 30;

    public Shock {
        if (!Double.isFinite(sizePercent) || sizePercent < 0 || sizePercent > 100) {
            throw new IllegalArgumentException("the shock size must be 0–100 %, got " + sizePercent);
        }
        if (year < 1 || year > Scenario.MAX_HORIZON) {
            throw new IllegalArgumentException("the shock year must be 1–" + Scenario.MAX_HORIZON + ", got " + year);
        }
    }

    /** No shock shown; resilience measured against the default shock in year 1. */
    public static Shock none() {
        return new Shock(false, DEFAULT_SIZE, 1);
    }

    /** The shock applied in year 1 with the given size. */
    public static Shock of(double sizePercent) {
        return new Shock(true, sizePercent, 1);
    }
}
