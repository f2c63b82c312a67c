package org.gvclab.web.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.web.base.UserFacingException;
import org.junit.jupiter.api.Test;

/** The ranking rules and the form values of a scenario, which moved from the strategy view into the service. */
class StrategyComparisonServiceTest {

    private final StrategyComparisonService service = new StrategyComparisonService(null, null, null, null);
    private final StrategySetup linkedWithJobs = new StrategySetup(1, null, null, List.of(), null,
            List.of(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED, Outcome.REGIONAL_JOBS));

    @Test
    void chosen_regional_criteria_follow_the_scenarios_own_in_the_order_of_the_outcomes() {
        RankingChoice choice = new RankingChoice(Outcome.DEFAULT_CRITERIA,
                Set.of(Outcome.REGIONAL_JOBS, Outcome.REGIONAL_OUTPUT), Weighting.Kind.EQUAL, Map.of());
        StrategyComparisonService.Rule rule = service.ranking(linkedWithJobs, choice);
        assertThat(rule.criteria()).startsWith(Outcome.DEFAULT_CRITERIA.toArray(Outcome[]::new))
                .endsWith(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_JOBS);
        assertThat(rule.weighting()).isEqualTo(Weighting.equal());
    }

    @Test
    void manual_weights_take_what_was_typed_zero_where_nothing_was_and_refuse_all_zero_or_negative() {
        Outcome first = Outcome.DEFAULT_CRITERIA.get(0);
        RankingChoice manual = new RankingChoice(Outcome.DEFAULT_CRITERIA, Set.of(), Weighting.Kind.MANUAL,
                Map.of(first, 3.0));
        StrategyComparisonService.Rule rule = service.ranking(linkedWithJobs, manual);
        assertThat(rule.weighting().kind()).isEqualTo(Weighting.Kind.MANUAL);
        assertThat(rule.weighting().weights()).containsEntry(first, 3.0)
                .containsEntry(Outcome.DEFAULT_CRITERIA.get(1), 0.0);
        assertThatThrownBy(() -> service.ranking(linkedWithJobs, new RankingChoice(Outcome.DEFAULT_CRITERIA,
                Set.of(), Weighting.Kind.MANUAL, Map.of()))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("strategy.error.weights"));
        assertThatThrownBy(() -> service.ranking(linkedWithJobs, new RankingChoice(Outcome.DEFAULT_CRITERIA,
                Set.of(), Weighting.Kind.MANUAL, Map.of(first, -1.0)))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_workshops_weights_are_chosen_only_while_the_cluster_has_such_a_workshop() {
        RankingChoice ahp = new RankingChoice(Outcome.DEFAULT_CRITERIA, Set.of(), Weighting.Kind.AHP, Map.of());
        assertThat(service.ranking(linkedWithJobs, ahp).weighting()).isEqualTo(Weighting.equal());
        Map<Outcome, Double> ones = new java.util.EnumMap<>(Outcome.class);
        Outcome.DEFAULT_CRITERIA.forEach(o -> ones.put(o, 1.0));
        Scenario saved = Scenario.defaults("saved").withRanking(Outcome.DEFAULT_CRITERIA, Weighting.manual(ones));
        assertThat(service.input(linkedWithJobs, saved).ranking().weighting()).isEqualTo(Weighting.Kind.MANUAL);
    }

    @Test
    void a_scenarios_form_values_keep_only_the_regional_criteria_still_offered() {
        StrategySetup unlinked = new StrategySetup(1, null, null, List.of(), null, List.of());
        Scenario s = Scenario.defaults("with regional").withHorizon(8).withRanking(
                List.of(Outcome.DEFAULT_CRITERIA.get(0), Outcome.REGIONAL_OUTPUT), Weighting.equal());
        ScenarioInput linked = service.input(linkedWithJobs, s);
        assertThat(linked.horizon()).isEqualTo(8);
        assertThat(linked.ranking().regionalCriteria()).containsExactly(Outcome.REGIONAL_OUTPUT);
        assertThat(linked.ranking().baseCriteria()).containsExactly(Outcome.DEFAULT_CRITERIA.get(0));
        assertThat(service.input(unlinked, s).ranking().regionalCriteria()).isEmpty();
    }
}
