package org.gvclab.core.strategy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gvclab.core.cluster.YearlyRecord;

/**
 * The projection of one strategy: every outcome's trajectory with its band, and the nominal projected yearly
 * records (base year first), which the view can hand to the diagnosis to explain a projected lock-in index. Counts
 * in projected records (employees, patents, lead firms) are expected values and may be fractional.
 *
 * @param strategy       the strategy (presets with their budgets resolved)
 * @param trajectories   by outcome, in {@link Outcome} order
 * @param nominalRecords the projected records of the nominal run, t = 0…H (t = 0 is the cluster's own record)
 */
public record StrategyResult(Strategy strategy, Map<Outcome, Trajectory> trajectories, List<YearlyRecord> nominalRecords) {

    public StrategyResult {
        Objects.requireNonNull(strategy, "strategy");
        Map<Outcome, Trajectory> m = new EnumMap<>(Outcome.class);
        m.putAll(trajectories);
        trajectories = Collections.unmodifiableMap(m);
        nominalRecords = List.copyOf(nominalRecords);
    }

    /** The trajectory of an outcome; {@link IllegalArgumentException} when it was not computed (e.g. regional without multipliers). */
    public Trajectory trajectory(Outcome o) {
        Trajectory t = trajectories.get(o);
        if (t == null) {
            throw new IllegalArgumentException("outcome " + o.id() + " was not computed for strategy " + strategy.id());
        }
        return t;
    }
}
