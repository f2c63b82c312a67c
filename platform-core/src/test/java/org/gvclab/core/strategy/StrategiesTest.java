package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    private static Set<LeverKind> kinds(String id) {
        return Strategies.preset(id, 2).orElseThrow().levers().stream().map(Lever::kind).collect(Collectors.toSet());
    }

    @Test
    void the_presets_are_the_five_strategies_of_the_methods() {
        assertThat(Strategies.presets()).extracting(Strategy::id).containsExactly("S0", "S1", "S2", "S3", "S4");
        // docs/model.md#strategies
        assertThat(kinds("S0")).isEmpty();
        assertThat(kinds("S1")).containsExactlyInAnyOrder(LeverKind.PLATFORM, LeverKind.LOCAL_SUPPLIERS, LeverKind.COOPERATION);
        assertThat(kinds("S2")).containsExactlyInAnyOrder(LeverKind.RD_SUBSIDY, LeverKind.BRAND_SUPPORT,
                LeverKind.LEAD_FIRM_CULTIVATION, LeverKind.CM_COORDINATION);
        assertThat(kinds("S3")).containsExactlyInAnyOrder(LeverKind.DOMESTIC_MARKET_ACCESS, LeverKind.PUBLIC_PROCUREMENT,
                LeverKind.HOME_MARKET_STANDARDS);
        assertThat(kinds("S4")).containsExactlyInAnyOrder(LeverKind.RD_SUBSIDY, LeverKind.SHARED_LABS, LeverKind.PATENT_SUPPORT,
                LeverKind.STANDARDS_LEADERSHIP);
        // S2 concentrates R&D and brand support on lead firms
        assertThat(Strategies.preset("S2", 2).orElseThrow().levers()).filteredOn(l -> l.kind() == LeverKind.RD_SUBSIDY
                || l.kind() == LeverKind.BRAND_SUPPORT).allMatch(l -> l.target() == Target.LEAD_FIRMS);
    }

    @Test
    void each_preset_spends_the_budget_share_of_base_value_added_every_year() {
        for (Strategy s : Strategies.presets(3)) {
            double expected = s.id().equals("S0") ? 0 : 0.03 * 500_000;
            for (int t = 1; t <= Scenario.MAX_HORIZON; t++) {
                assertThat(s.budget(t, 500_000)).as(s.id() + " year " + t).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void presets_have_names_and_descriptions_in_both_languages() {
        for (Strategy s : Strategies.presets()) {
            for (LocalizedText t : List.of(s.name(), s.description())) {
                assertThat(t.zh()).isNotBlank();
                assertThat(t.en()).isNotBlank();
                assertThat(t.zh()).isNotEqualTo(t.en());
            }
        }
        for (LeverKind k : LeverKind.values()) {
            assertThat(k.label().zh()).isNotBlank();
            assertThat(k.effects().en()).isNotBlank();
            assertThat(k.parameterIds()).isNotEmpty().allMatch(id -> ParameterSet.defaults().parameter(id) != null);
        }
    }

    @Test
    void a_lever_runs_from_its_start_year_for_its_duration() {
        Lever l = new Lever(LeverKind.BRAND_SUPPORT, 100, BudgetUnit.MONEY, Target.ALL_FIRMS, 3, 2);
        assertThat(l.activeIn(2)).isFalse();
        assertThat(l.activeIn(3)).isTrue();
        assertThat(l.activeIn(4)).isTrue();
        assertThat(l.activeIn(5)).isFalse();
        assertThatThrownBy(() -> new Lever(LeverKind.BRAND_SUPPORT, -1, BudgetUnit.MONEY, Target.ALL_FIRMS, 1, 1))
                .hasMessageContaining("budget must be finite and ≥ 0");
        assertThatThrownBy(() -> new Lever(LeverKind.BRAND_SUPPORT, 1, BudgetUnit.MONEY, Target.ALL_FIRMS, 16, 1))
                .hasMessageContaining("start year must be 1–15");
    }
}
