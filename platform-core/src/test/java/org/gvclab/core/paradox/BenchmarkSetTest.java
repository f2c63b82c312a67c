package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.junit.jupiter.api.Test;

class BenchmarkSetTest {

    @Test
    void the_default_set_covers_every_per_record_indicator_of_the_factors_and_paths() {
        BenchmarkSet d = BenchmarkSet.defaults();
        Stream.concat(Group.factors().stream(), Diagnosis.PATH_GROUPS.stream())
                .flatMap(g -> IndicatorCatalogue.of(g).stream()).filter(Indicator::perRecord)
                .forEach(i -> assertThat(d.find(i.id())).as(i.id()).isPresent());
    }

    @Test
    void every_default_value_is_either_sourced_or_flagged_as_an_assumption() {
        assertThat(BenchmarkSet.defaults().values().values()).allSatisfy(v -> {
            if (v.assumption()) {
                assertThat(v.source()).startsWith("assumption");
            } else {
                assertThat(v.source()).doesNotContain("assumption").satisfiesAnyOf(
                        s -> assertThat(s).contains("Bureau of Statistics"), s -> assertThat(s).startsWith("definition"));
            }
        });
        assertThat(BenchmarkSet.defaults().find("rd_intensity")).get().satisfies(v -> {
            assertThat(v.assumption()).isFalse();
            assertThat(v.value()).isEqualTo(1.39);
            assertThat(v.year()).isEqualTo(2022);
            assertThat(v.spread()).isEqualTo(0.1);
        });
    }

    @Test
    void a_reference_is_drawn_within_its_spread_and_kept_inside_the_goalposts() {
        BenchmarkValue v = new BenchmarkValue("obm_share", 30, 0, 100, "x", 2022, BenchmarkValue.Level.OTHER, true,
                LocalizedText.of(""));
        assertThat(v.spread()).isEqualTo(BenchmarkValue.ASSUMED_SPREAD);
        assertThat(v.drawn(0.5)).isEqualTo(30);
        assertThat(v.drawn(0)).isCloseTo(21, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(v.drawn(1)).isCloseTo(39, org.assertj.core.api.Assertions.within(1e-12));
        BenchmarkValue wide = new BenchmarkValue("obm_share", 90, 0, 100, "x", 2022, BenchmarkValue.Level.OTHER, true,
                LocalizedText.of(""), 0.5);
        assertThat(wide.drawn(1)).isLessThan(100);
    }

    @Test
    void values_outside_their_goalposts_or_for_unknown_indicators_are_refused() {
        assertThatThrownBy(() -> new BenchmarkValue("export_dependence", 120, 0, 100, "x", 2022,
                BenchmarkValue.Level.NATIONAL, true, LocalizedText.of(""))).hasMessageContaining("export_dependence");
        BenchmarkValue unknown = new BenchmarkValue("profit_rate", 5, 0, 10, "x", 2022, BenchmarkValue.Level.NATIONAL, true,
                LocalizedText.of(""));
        assertThatThrownBy(() -> BenchmarkSet.defaults().with(unknown)).hasMessageContaining("profit_rate");
    }
}
