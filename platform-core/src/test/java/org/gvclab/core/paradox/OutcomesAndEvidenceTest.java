package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.Polarity;
import org.junit.jupiter.api.Test;

/** IO evidence among the outcomes, chain upgrading, rent distribution and innovation agglomeration, by hand. */
class OutcomesAndEvidenceTest {

    private static final ArchitectureQuestionnaire SNAKE = new ArchitectureQuestionnaire(3, true, 5, false, true);

    /** Evidence of a linked sector: DVA 70 % of exports against 80 % for the region, value-added coefficient 25 %. */
    private static IoEvidence linked() {
        return new IoEvidence("hand", "CN", "c17", 2.1, 1.9, 0.25, 0.15, 0.70, 0.27, 0.80, 0.25, 0.55, "c13", 0.6,
                0.65, 0.40, List.of(new IoEvidence.ChainStage("CN", "c17", 0.40, 0, true),
                new IoEvidence.ChainStage("CN", "c13", 0.25, 1.2, true), new IoEvidence.ChainStage("US", "c20", 0.35, 0.5, false)));
    }

    private static DiagnosisInputs inputs(YearlyRecord... r) {
        return new DiagnosisInputs(List.of(r), CurrencyUnit.CNY_10K, null, SNAKE, null, BenchmarkSet.defaults(), Map.of());
    }

    @Test
    void with_an_io_link_the_dva_share_is_an_outcome_and_the_sector_is_the_industry_reference() {
        DiagnosisInputs in = inputs(TestRecords.complete(2023)).withIo(linked());
        DiagnosisResult d = Diagnosis.diagnose(in);
        IndicatorScore dva = d.lockIn().outcomes().stream().filter(s -> s.indicator().id().equals("dva_share_of_exports"))
                .findFirst().orElseThrow();
        assertThat(dva.compared()).isCloseTo(70, within(1e-12));
        assertThat(dva.benchmark().value()).isCloseTo(80, within(1e-12));
        assertThat(dva.risk()).isCloseTo(100 - Composite.benchmarkScore(70, 0, 80, 100, Polarity.HIGHER_IS_BETTER), within(1e-12));
        IndicatorScore va = d.lockIn().outcomes().stream().filter(s -> s.indicator().id().equals("value_added_rate"))
                .findFirst().orElseThrow();
        assertThat(va.benchmark().value()).isCloseTo(25, within(1e-12));
        assertThat(va.benchmark().source()).contains("value-added coefficient of the linked sector");
        assertThat(d.lockIn().outcomes()).hasSize(3);
        assertThat(Diagnosis.lockInIndex(in)).isEqualTo(d.lockInIndex());
        // the IO table's input shape votes in the architecture, and the chain's value split appears in the rent
        assertThat(d.architecture().evidence()).anySatisfy(e -> assertThat(e.text().en()).contains("c13").contains("55.0%"));
        assertThat(d.rent().domesticChainShare()).isEqualTo(0.65);
        assertThat(d.rent().explanation()).anySatisfy(t -> assertThat(t.en()).contains("CN_c17").contains("40.0%"));
        // ready to render: labelled numbers by the one number rule
        assertThat(d.io().figures()).hasSize(11).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo("dva_share_of_exports");
            assertThat(f.label().en()).isEqualTo("Domestic value added share of exports");
            assertThat(f.value().format(java.util.Locale.ENGLISH)).isEqualTo("70.0%");
        });
    }

    @Test
    void chain_upgrading_is_entry_into_a_related_chain_that_does_not_shrink() {
        YearlyRecord prev = TestRecords.complete(2022).with("related_chain_sales", 20_000);
        YearlyRecord now = TestRecords.complete(2023).with("related_chain_sales", 30_000);
        ChainUpgrading c = Diagnosis.diagnose(inputs(prev, now)).chain();
        assertThat(c.detected()).isTrue();
        assertThat(c.share()).isCloseTo(3, within(1e-12));
        assertThat(c.change()).isCloseTo(1, within(1e-12));
        assertThat(c.explanation().en()).contains("3.0% of sales").contains("+1.0 points");
        assertThat(Diagnosis.diagnose(inputs(prev.with("related_chain_sales", 40_000), now)).chain().detected()).isFalse();
        assertThat(Diagnosis.diagnose(inputs(now.with("related_chain_sales", 5_000))).chain().detected()).isFalse();
        assertThat(Diagnosis.diagnose(inputs(TestRecords.complete(2023))).chain().share()).isNull();
        // functional upgrading plus 5 % of sales in a related chain is the chain stage
        YearlyRecord functional = now.with("obm_sales", 250_000).with("oem_sales", 450_000).with("related_chain_sales", 60_000);
        assertThat(Diagnosis.diagnose(inputs(functional)).upgrading().stage()).isEqualTo(UpgradingStage.CHAIN);
    }

    @Test
    void rent_is_split_into_labour_and_capital_and_by_function_on_the_calibrated_smile() {
        DiagnosisResult d = Diagnosis.diagnose(inputs(TestRecords.complete(2023).with("labour_compensation", 120_000)));
        RentDistribution r = d.rent();
        assertThat(r.labourShare()).isCloseTo(0.6, within(1e-12));
        assertThat(r.operatingSurplus()).isCloseTo(80_000, within(1e-9));
        // mix of OEM + ODM + OBM sales (6, 2, 1)/9; v_OEM = 0.2 / (6/9 + 1.3 · 2/9 + 1.7 · 1/9)
        double vOem = 0.2 / (6.0 / 9 + 1.3 * 2 / 9 + 1.7 / 9);
        assertThat(r.byFunction()).extracting(RentDistribution.FunctionRent::function).containsExactly("OEM", "ODM", "OBM");
        assertThat(r.byFunction().get(0).valueAddedRate()).isCloseTo(vOem, within(1e-12));
        assertThat(r.byFunction().get(2).valueAddedRate()).isCloseTo(1.7 * vOem, within(1e-12));
        double obmShare = 1.7 / 9 / (6.0 / 9 + 1.3 * 2 / 9 + 1.7 / 9);
        assertThat(r.byFunction().get(2).valueAddedShare()).isCloseTo(obmShare, within(1e-12));
        assertThat(r.explanation().get(0).en()).contains("60.0% of value added");
        assertThat(Diagnosis.diagnose(inputs(TestRecords.complete(2023))).rent().labourShare()).isNull();
    }

    @Test
    void the_location_quotient_of_rd_staff_is_their_share_against_the_reference() {
        // 1,500 R&D staff of 50,000 employees = 3 % against the reference 5 %*: LQ 0.6
        InnovationAgglomeration a = Diagnosis.diagnose(inputs(TestRecords.complete(2023))).agglomeration();
        assertThat(a.rdStaffShare()).isCloseTo(3, within(1e-12));
        assertThat(a.locationQuotient()).isCloseTo(0.6, within(1e-12));
        assertThat(a.referenceAssumed()).isTrue();
        assertThat(a.explanation().en()).contains("location quotient 0.60").contains("5.0%*");
        assertThat(a.ellisonGlaeser()).isNull();
    }
}
