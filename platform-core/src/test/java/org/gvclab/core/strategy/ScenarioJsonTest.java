package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Ahp;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    private static Scenario full() {
        Strategy c1 = new Strategy("C1", new LocalizedText("自定义一", "Custom one"), new LocalizedText("说明", "Notes"),
                List.of(new Lever(LeverKind.RD_SUBSIDY, 0.1 + 0.2, BudgetUnit.MONEY, Target.LEAD_FIRMS, 2, 7),
                        new Lever(LeverKind.PLATFORM, 1.25, BudgetUnit.PERCENT_OF_VALUE_ADDED, Target.SMALL_FIRMS, 1, 15)));
        Map<String, Double> overrides = new LinkedHashMap<>();
        overrides.put("rd_depreciation", 12.345678901234567);
        overrides.put("rd_depreciation:high", 19.0);
        List<Outcome> criteria = List.of(Outcome.VALUE_ADDED, Outcome.LOCK_IN, Outcome.FISCAL_COST);
        Ahp.Result ahp = Ahp.of(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 2}, {1.0 / 5, 1.0 / 2, 1}});
        return new Scenario("比较 2024", List.of("S0", "C1", "S4"), List.of(c1), 12, overrides, new Shock(true, 33.3, 2),
                criteria, Weighting.ahp(criteria, ahp, "workshop 2024-05-12"), RankingBasis.LEVEL, -7_654_321_987L, 2500);
    }

    @Test
    void a_scenario_survives_a_round_trip_exactly() {
        Scenario s = full();
        Scenario back = ScenarioJson.read(ScenarioJson.write(s));
        assertThat(back).isEqualTo(s);
        assertThat(back.customStrategies().get(0).levers().get(0).budget()).isEqualTo(0.1 + 0.2);
        assertThat(back.weighting().weights().get(Outcome.VALUE_ADDED))
                .isEqualTo(s.weighting().weights().get(Outcome.VALUE_ADDED));
        assertThat(ScenarioJson.read(ScenarioJson.write(Scenario.defaults("d")))).isEqualTo(Scenario.defaults("d"));
    }

    @Test
    void the_document_carries_its_version_and_readable_names() {
        String json = ScenarioJson.write(full());
        assertThat(json).startsWith("{\"version\":1,").contains("\"kind\":\"RD_SUBSIDY\"").contains("\"lock_in\"")
                .contains("\"seed\":-7654321987").contains("CR = ");
    }

    @Test
    void a_newer_version_is_refused() {
        String json = ScenarioJson.write(full()).replace("\"version\":1", "\"version\":2");
        assertThatThrownBy(() -> ScenarioJson.read(json)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage("$.version: format version 2 is not supported (this build reads 1–1)");
    }

    @Test
    void a_broken_document_names_the_path_of_the_problem() {
        String json = ScenarioJson.write(full());
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"PLATFORM\"", "\"PLATFORMS\"")))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("$.custom[0].levers[1].kind: unknown leverkind 'PLATFORMS'");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"horizon\":12", "\"horizon\":\"12\"")))
                .hasMessage("$.horizon: expected a whole number");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"horizon\":12", "\"horizon\":40")))
                .hasMessageContaining("horizon must be 1–15");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"lock_in\"", "\"lockin\"")))
                .hasMessageStartingWith("$.criteria[1]: unknown outcome 'lockin'");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"rd_depreciation\":", "\"rd_deprec\":")))
                .hasMessageContaining("unknown parameter id rd_deprec");
        assertThatThrownBy(() -> ScenarioJson.read("[1, 2]")).hasMessage("$: expected a JSON object");
        assertThatThrownBy(() -> ScenarioJson.read("{\"version\":")).hasMessageStartingWith("$: not valid JSON");
        assertThatThrownBy(() -> ScenarioJson.read("{\"version\":1}")).hasMessage("$.name: missing");
    }
}
