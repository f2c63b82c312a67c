package org.gvclab.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    @Test
    void the_catalogue_has_at_least_thirty_indicators_with_unique_ids_names_units_and_sources() {
        assertThat(IndicatorCatalogue.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::id).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).allSatisfy(i -> {
            assertThat(i.name().zh()).isNotBlank();
            assertThat(i.name().en()).isNotBlank();
            assertThat(i.formula()).isNotBlank();
            assertThat(i.source()).isNotBlank();
            assertThat(i.groups()).isNotEmpty();
        });
    }

    @Test
    void every_outcome_factor_and_path_has_its_indicators_and_no_outcome_is_also_a_driver() {
        for (Indicator outcome : IndicatorCatalogue.of(Group.LOCK_IN_OUTCOME)) {
            assertThat(Group.factors()).as(outcome.id()).noneMatch(outcome::informs);
        }
        assertThat(IndicatorCatalogue.of(Group.TECHNOLOGY_GAP)).extracting(Indicator::id).contains(
                "rd_intensity", "patents_per_10k_employees", "labour_productivity", "imported_input_dependence");
        assertThat(IndicatorCatalogue.of(Group.RULES_AND_STANDARDS)).extracting(Indicator::id)
                .contains("standards_per_100_firms", "certified_firm_share");
        assertThat(IndicatorCatalogue.of(Group.NATIONAL_STRATEGY)).extracting(Indicator::id)
                .containsExactly("strategic_alignment");
        assertThat(IndicatorCatalogue.of(Group.POLICY_INPUT)).extracting(Indicator::id)
                .containsExactly("public_support_per_va");
        assertThat(IndicatorCatalogue.of(Group.INTERNATIONAL_POLITICS)).extracting(Indicator::id).contains(
                "export_dependence", "destination_hhi", "restricted_market_exposure", "foreign_output_share");
        assertThat(IndicatorCatalogue.of(Group.INDUSTRIAL_INNOVATION)).extracting(Indicator::id)
                .contains("new_product_share", "odm_share").doesNotContain("obm_share");
        assertThat(IndicatorCatalogue.of(Group.DOMESTIC_DEMAND)).extracting(Indicator::id)
                .contains("domestic_sales_share", "domestic_sales_growth", "ecommerce_share");
        assertThat(IndicatorCatalogue.of(Group.SPIDER_PATH)).extracting(Indicator::id)
                .contains("market_turnover_ratio", "local_sourcing_share", "firm_count", "cr4_competition");
        assertThat(IndicatorCatalogue.of(Group.SNAKE_PATH)).extracting(Indicator::id)
                .contains("lead_firm_count", "cr4_lead_firm", "obm_share", "processing_trade_share");
        assertThat(IndicatorCatalogue.of(Group.LOCK_IN_OUTCOME)).extracting(Indicator::id).containsExactly(
                "obm_share", "value_added_rate", "export_price_position", "dva_share_of_exports");
        assertThat(IndicatorCatalogue.of(Group.AGGLOMERATION)).extracting(Indicator::id)
                .contains("location_quotient", "herfindahl", "herfindahl_normalised", "ellison_glaeser");
    }

    @Test
    void cr4_reads_in_opposite_directions_on_the_two_paths() {
        assertThat(IndicatorCatalogue.get("cr4_competition").polarity()).isEqualTo(Polarity.HIGHER_IS_WORSE);
        assertThat(IndicatorCatalogue.get("cr4_lead_firm").polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(IndicatorCatalogue.get("processing_trade_share").polarity()).isEqualTo(Polarity.HIGHER_IS_WORSE);
    }

    @Test
    void every_per_record_formula_parses_and_only_multi_cluster_and_io_measures_have_none() {
        for (Indicator i : IndicatorCatalogue.all()) {
            if (i.perRecord()) {
                assertThat(UserFormula.validate(i.expression())).as(i.id()).isEmpty();
            } else {
                assertThat(i.groups()).as(i.id()).isIn(List.of(Group.AGGLOMERATION), List.of(Group.LOCK_IN_OUTCOME));
            }
        }
    }

    @Test
    void the_record_based_imported_input_share_is_not_labelled_as_vertical_specialisation() {
        Indicator i = IndicatorCatalogue.get("imported_input_dependence");
        assertThat(i.name().en()).isEqualTo("Direct imported-input share");
        assertThat(i.source()).contains("not the Hummels, Ishii & Yi (2001) vertical-specialisation measure");
    }

    @Test
    void public_support_is_a_policy_input_that_informs_no_factor() {
        Indicator i = IndicatorCatalogue.get("public_support_per_va");
        assertThat(i.groups()).containsExactly(Group.POLICY_INPUT);
        assertThat(i.groups()).noneMatch(Group::isFactor);
    }
}
