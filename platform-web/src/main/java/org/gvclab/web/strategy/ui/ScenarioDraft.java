package org.gvclab.web.strategy.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.strategy.Strategy;
import org.gvclab.web.strategy.RankingChoice;
import org.gvclab.web.strategy.ScenarioInput;

/** The scenario form's fields as the {@code Binder} reads and writes them; becomes a {@link ScenarioInput}. */
final class ScenarioDraft {

    private String name = "";
    private Set<String> strategyIds = new LinkedHashSet<>();
    private Integer horizon;
    private boolean shock;
    private Double shockPercent;
    private Integer shockYear;
    private Integer draws;
    private Long seed;

    static ScenarioDraft of(ScenarioInput in) {
        ScenarioDraft d = new ScenarioDraft();
        d.name = in.name();
        d.strategyIds = new LinkedHashSet<>(in.strategyIds());
        d.horizon = in.horizon();
        d.shock = in.shock();
        d.shockPercent = in.shockPercent();
        d.shockYear = in.shockYear();
        d.draws = in.draws();
        d.seed = in.seed();
        return d;
    }

    /** The input, once the binder has checked every field. */
    ScenarioInput toInput(List<Strategy> custom, Map<String, Double> overrides, RankingChoice ranking) {
        return new ScenarioInput(name, List.copyOf(strategyIds), custom, horizon, shock, shockPercent, shockYear,
                draws, seed, overrides, ranking);
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name == null ? "" : name;
    }

    Set<String> getStrategyIds() {
        return strategyIds;
    }

    void setStrategyIds(Set<String> strategyIds) {
        this.strategyIds = new LinkedHashSet<>(strategyIds);
    }

    Integer getHorizon() {
        return horizon;
    }

    void setHorizon(Integer horizon) {
        this.horizon = horizon;
    }

    boolean isShock() {
        return shock;
    }

    void setShock(boolean shock) {
        this.shock = shock;
    }

    Double getShockPercent() {
        return shockPercent;
    }

    void setShockPercent(Double shockPercent) {
        this.shockPercent = shockPercent;
    }

    Integer getShockYear() {
        return shockYear;
    }

    void setShockYear(Integer shockYear) {
        this.shockYear = shockYear;
    }

    Integer getDraws() {
        return draws;
    }

    void setDraws(Integer draws) {
        this.draws = draws;
    }

    Long getSeed() {
        return seed;
    }

    void setSeed(Long seed) {
        this.seed = seed;
    }
}
