package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.junit.jupiter.api.Test;

class DiagnosisTest {

    private static final ArchitectureQuestionnaire SPIDER = new ArchitectureQuestionnaire(200, false, 2, true, false);
    private static final ArchitectureQuestionnaire SNAKE = new ArchitectureQuestionnaire(3, true, 5, false, true);
    private static final ArchitectureQuestionnaire MIXED = new ArchitectureQuestionnaire(12, true, 3, true, true);

    private static DiagnosisResult diagnose(YearlyRecord r, ArchitectureQuestionnaire a) {
        return Diagnosis.diagnose(DiagnosisInputs.of(List.of(r), GovernanceQuestionnaire.fromScale(4, 4, 2), a));
    }

    private static double lockIn(YearlyRecord r) {
        return diagnose(r, SNAKE).lockInIndex();
    }

    private static double drivers(YearlyRecord r) {
        return diagnose(r, SNAKE).lockIn().driverComposite();
    }

    @Test
    void export_dependence_raises_the_driver_composite_but_is_no_outcome_of_lock_in() {
        YearlyRecord base = TestRecords.complete(2023);
        YearlyRecord moreExports = base.with("exports", 700_000).with("domestic_sales", 300_000);
        assertThat(drivers(moreExports)).isGreaterThan(drivers(base));
        assertThat(lockIn(moreExports)).isEqualTo(lockIn(base));
    }

    @Test
    void rd_intensity_lowers_the_driver_composite_but_is_no_outcome_of_lock_in() {
        YearlyRecord base = TestRecords.complete(2023);
        assertThat(drivers(base.with("rd_expenditure", 30_000))).isLessThan(drivers(base));
        assertThat(lockIn(base.with("rd_expenditure", 30_000))).isEqualTo(lockIn(base));
    }

    @Test
    void public_spending_is_never_evidence_of_less_lock_in() {
        YearlyRecord base = TestRecords.complete(2023);
        YearlyRecord generous = base.with("public_support", 20_000);
        DiagnosisResult a = diagnose(base, SNAKE);
        DiagnosisResult b = diagnose(generous, SNAKE);
        assertThat(b.lockInIndex()).isEqualTo(a.lockInIndex());
        assertThat(b.lockIn().driverComposite()).isEqualTo(a.lockIn().driverComposite());
        assertThat(b.factors()).isEqualTo(a.factors());
        assertThat(b.notes()).anySatisfy(n -> assertThat(n.en()).contains("public support is 10.0% of value added")
                .contains("not scored"));
    }

    @Test
    void lock_in_index_rises_when_the_obm_share_falls() {
        YearlyRecord base = TestRecords.complete(2023);
        assertThat(lockIn(base.with("obm_sales", 20_000).with("oem_sales", 680_000))).isGreaterThan(lockIn(base));
    }

    @Test
    void an_indicator_risk_is_50_at_the_reference_and_linear_to_the_goalposts() {
        // export dependence 50 %; default reference 15 %, goalposts 0–100, higher is worse:
        // risk = 50 + 50 × (50 − 15) / (100 − 15) = 70.588…
        DiagnosisResult d = diagnose(TestRecords.complete(2023), SNAKE);
        IndicatorScore s = d.score(Group.INTERNATIONAL_POLITICS).orElseThrow().scored().stream()
                .filter(x -> x.indicator().id().equals("export_dependence")).findFirst().orElseThrow();
        assertThat(s.risk()).isCloseTo(50 + 50 * 35.0 / 85, within(1e-9));
        // R&D intensity 1 % against the sourced 1.39 % (goalposts 0–5), higher is better: 50 + 50 × (1.39 − 1) / 1.39
        IndicatorScore rd = d.score(Group.TECHNOLOGY_GAP).orElseThrow().scored().stream()
                .filter(x -> x.indicator().id().equals("rd_intensity")).findFirst().orElseThrow();
        assertThat(rd.risk()).isCloseTo(50 + 50 * 0.39 / 1.39, within(1e-9));
        assertThat(rd.benchmark().assumption()).isFalse();
    }

    @Test
    void the_index_is_the_mean_outcome_risk_and_the_weights_only_weigh_the_drivers() {
        DiagnosisResult equal = diagnose(TestRecords.complete(2023), SNAKE);
        // outcomes of TestRecords: VA rate 20 % against 22 (0–60), OBM share 10 % against 30 (0–100); no price, no IO
        double vaRisk = 100 - 50 * 20.0 / 22;
        double obmRisk = 100 - 50 * 10.0 / 30;
        assertThat(equal.lockIn().outcomes()).extracting(s -> s.indicator().id()).containsExactly("obm_share", "value_added_rate");
        assertThat(equal.lockInIndex()).isCloseTo((vaRisk + obmRisk) / 2, within(1e-9));
        assertThat(equal.lockIn().missing()).anySatisfy(m -> assertThat(m.en()).contains("Export price position"))
                .anySatisfy(m -> assertThat(m.en()).contains("needs an input-output table"));
        double mean = equal.factors().stream().mapToDouble(GroupScore::risk).average().orElseThrow();
        assertThat(equal.lockIn().driverComposite()).isCloseTo(mean, within(1e-9));
        assertThat(equal.factorWeights().values()).allSatisfy(w -> assertThat(w).isCloseTo(0.2, within(1e-12)));
        assertThat(equal.lockIn().weightsApplied().en()).isEqualTo("equal weights for the five factors");
        DiagnosisInputs politicsOnly = new DiagnosisInputs(List.of(TestRecords.complete(2023)), CurrencyUnit.CNY_10K, null, SNAKE,
                null, BenchmarkSet.defaults(), Map.of(Group.INTERNATIONAL_POLITICS, 1.0));
        DiagnosisResult p = Diagnosis.diagnose(politicsOnly);
        assertThat(p.lockInIndex()).isEqualTo(equal.lockInIndex());
        assertThat(p.lockIn().driverComposite()).isCloseTo(p.score(Group.INTERNATIONAL_POLITICS).orElseThrow().risk(), within(1e-9));
        assertThat(p.lockIn().weightsApplied().en()).startsWith("weights given").contains("International politics 100.0%");
        assertThat(p.drivers()).allSatisfy(dr -> assertThat(dr.factor()).isEqualTo(Group.INTERNATIONAL_POLITICS));
        assertThat(p.lockIn().factorRanking().get(0).factor()).isEqualTo(Group.INTERNATIONAL_POLITICS);
    }

    @Test
    void factors_are_ranked_by_weight_times_risk() {
        DiagnosisResult d = diagnose(TestRecords.complete(2023), SNAKE);
        assertThat(d.lockIn().factorRanking()).hasSize(5)
                .isSortedAccordingTo((a, b) -> Double.compare(b.weightedRisk(), a.weightedRisk()));
        assertThat(d.lockIn().factorRanking()).allSatisfy(f -> assertThat(f.weightedRisk()).isCloseTo(f.weight() * f.risk(), within(1e-12)));
    }

    @Test
    void the_band_of_the_index_comes_from_the_uncertainty_of_the_outcome_references() {
        DiagnosisResult d = diagnose(TestRecords.complete(2023), SNAKE);
        assertThat(d.lockIn().low()).isLessThan(d.lockInIndex());
        assertThat(d.lockIn().high()).isGreaterThan(d.lockInIndex());
        // with references fixed (spread 0) the band closes on the index
        BenchmarkSet exact = BenchmarkSet.of("exact", BenchmarkSet.defaults().values().values().stream()
                .map(v -> new BenchmarkValue(v.indicatorId(), v.value(), v.low(), v.high(), v.source(), v.year(), v.level(),
                        v.assumption(), v.note(), 0)).toList());
        DiagnosisResult e = Diagnosis.diagnose(new DiagnosisInputs(List.of(TestRecords.complete(2023)), CurrencyUnit.CNY_10K,
                null, SNAKE, null, exact, Map.of()));
        assertThat(e.lockIn().low()).isCloseTo(e.lockInIndex(), within(1e-9));
        assertThat(e.lockIn().high()).isCloseTo(e.lockInIndex(), within(1e-9));
    }

    @Test
    void drivers_name_the_indicators_that_push_the_index_up_with_value_and_reference() {
        DiagnosisResult d = diagnose(TestRecords.complete(2023).with("exports", 800_000).with("domestic_sales", 200_000), SNAKE);
        assertThat(d.drivers()).isNotEmpty().hasSizeLessThanOrEqualTo(Diagnosis.MAX_DRIVERS);
        assertThat(d.drivers()).isSortedAccordingTo((a, b) -> Double.compare(b.contribution(), a.contribution()));
        assertThat(d.drivers()).anySatisfy(dr -> {
            assertThat(dr.indicatorId()).isEqualTo("export_dependence");
            assertThat(dr.reason().en()).contains("Export dependence 80 %").contains("reference 15*");
            assertThat(dr.reason().zh()).contains("出口依赖度 80");
        });
        assertThat(d.drivers()).allSatisfy(dr -> assertThat(dr.risk()).isGreaterThan(50));
    }

    @Test
    void spider_cluster_gets_the_platform_path() {
        PathRecommendation p = diagnose(TestRecords.complete(2023), SPIDER).recommendation();
        assertThat(p.path()).isEqualTo(UpgradingPath.PLATFORM);
        assertThat(p.reasons().get(0).en()).contains("spider").contains("200 distinct component inputs");
        assertThat(p.reasons().get(1).en()).contains("Spider path (platform) risk score").contains("two-sided platform");
        assertThat(p.reasons()).anySatisfy(r -> assertThat(r.en()).contains("Domestic-demand advantage risk score"));
        assertThat(p.reasons()).anySatisfy(r -> assertThat(r.en()).contains("Technology gap risk score"));
        assertThat(p.reasons()).allSatisfy(r -> assertThat(r.zh()).isNotBlank());
    }

    @Test
    void snake_cluster_gets_the_lead_firm_path() {
        PathRecommendation p = diagnose(TestRecords.complete(2023), SNAKE).recommendation();
        assertThat(p.path()).isEqualTo(UpgradingPath.LEAD_FIRM);
        assertThat(p.reasons().get(1).en()).contains("Snake path (lead firm) risk score").contains("lead firms");
        assertThat(p.reasons().get(1).zh()).contains("链主");
    }

    @Test
    void a_mixed_cluster_gets_both_paths_and_one_without_shape_or_organisation_evidence_none() {
        assertThat(diagnose(TestRecords.complete(2023), MIXED).recommendation().path()).isEqualTo(UpgradingPath.BOTH);
        PathRecommendation u = diagnose(TestRecords.complete(2023), ArchitectureQuestionnaire.unanswered()).recommendation();
        assertThat(u.reasons().get(0).en()).contains("answer the architecture questionnaire");
        assertThat(u.evidence().architectureKnown()).isFalse();
        YearlyRecord bare = new YearlyRecord(2023, Map.of("firms", 100.0, "employees", 1000.0, "gross_output", 1000.0,
                "sales", 1000.0));
        PathRecommendation none = diagnose(bare, ArchitectureQuestionnaire.unanswered()).recommendation();
        assertThat(none.path()).isEqualTo(UpgradingPath.UNDETERMINED);
        assertThat(none.evidence().market()).isNull();
    }

    @Test
    void captive_governance_adds_a_reason_about_blocked_functional_upgrading() {
        DiagnosisResult d = diagnose(TestRecords.complete(2023), SNAKE);
        assertThat(d.governance().type()).isEqualTo(GovernanceType.CAPTIVE);
        assertThat(d.recommendation().reasons()).anySatisfy(r -> assertThat(r.en()).contains("governance is captive"));
    }

    @Test
    void upgrading_stage_follows_the_oem_odm_obm_mix() {
        YearlyRecord base = TestRecords.complete(2023); // OEM 60 %, ODM 20 %, OBM 10 %, new products 15 %
        assertThat(diagnose(base, SNAKE).upgrading().stage()).isEqualTo(UpgradingStage.PRODUCT);
        YearlyRecord process = base.with("odm_sales", 50_000).with("new_product_sales", 50_000);
        assertThat(diagnose(process, SNAKE).upgrading().stage()).isEqualTo(UpgradingStage.PROCESS);
        YearlyRecord functional = base.with("obm_sales", 250_000).with("oem_sales", 450_000);
        UpgradingResult f = diagnose(functional, SNAKE).upgrading();
        assertThat(f.stage()).isEqualTo(UpgradingStage.FUNCTIONAL);
        assertThat(f.obmShare()).isCloseTo(25, within(1e-9));
        assertThat(f.explanation().en()).contains("OEM 45.0%, ODM 20.0%, OBM 25.0%")
                .contains("Sales in a related new chain are not recorded");
        YearlyRecord noMix = base.without("oem_sales").without("odm_sales").without("obm_sales").without("new_product_sales");
        assertThat(diagnose(noMix, SNAKE).upgrading().stage()).isEqualTo(UpgradingStage.UNKNOWN);
    }

    @Test
    void the_obm_change_is_measured_against_the_previous_year() {
        YearlyRecord prev = TestRecords.complete(2022).with("obm_sales", 50_000).with("oem_sales", 650_000);
        DiagnosisResult d = Diagnosis.diagnose(DiagnosisInputs.of(List.of(TestRecords.complete(2023), prev), null, SNAKE));
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.upgrading().obmChange()).isCloseTo(5.0, within(1e-9));
        assertThat(d.notes()).noneMatch(n -> n.en().contains("growth indicators are not computable"));
    }

    @Test
    void the_diagnosis_is_a_pure_function_of_its_inputs() {
        DiagnosisInputs in = DiagnosisInputs.of(List.of(TestRecords.complete(2022), TestRecords.complete(2023)),
                GovernanceQuestionnaire.fromScale(4, 4, 2), SNAKE);
        DiagnosisResult a = Diagnosis.diagnose(in);
        DiagnosisResult b = Diagnosis.diagnose(in.withRecords(List.of(TestRecords.complete(2023), TestRecords.complete(2022))));
        assertThat(b.lockInIndex()).isEqualTo(a.lockInIndex());
        assertThat(b.drivers()).isEqualTo(a.drivers());
        assertThat(b.recommendation()).isEqualTo(a.recommendation());
    }

    @Test
    void missing_data_and_missing_benchmarks_are_listed_not_guessed() {
        BenchmarkSet noExport = BenchmarkSet.of("test", BenchmarkSet.defaults().values().values().stream()
                .filter(v -> !v.indicatorId().equals("export_dependence")).toList());
        DiagnosisInputs in = new DiagnosisInputs(List.of(TestRecords.complete(2023).without("standards_led")),
                CurrencyUnit.CNY_10K, null, SNAKE, null, noExport, Map.of());
        DiagnosisResult d = Diagnosis.diagnose(in);
        assertThat(d.score(Group.INTERNATIONAL_POLITICS).orElseThrow().missing())
                .anySatisfy(m -> assertThat(m.en()).contains("Export dependence: no reference value"));
        assertThat(d.score(Group.RULES_AND_STANDARDS).orElseThrow().missing())
                .anySatisfy(m -> assertThat(m.en()).contains("Standards led or co-drafted not entered for 2023"));
        assertThat(d.notes()).anySatisfy(n -> assertThat(n.en()).contains("assumptions"));
    }

    @Test
    void money_in_hundred_million_yuan_is_converted_for_labour_productivity() {
        YearlyRecord tenK = TestRecords.complete(2023);
        YearlyRecord hundredM = tenK.with("value_added", 200_000 / 10_000.0);
        double risk10k = labourRisk(DiagnosisInputs.of(List.of(tenK), null, SNAKE));
        double risk100m = labourRisk(new DiagnosisInputs(List.of(hundredM), CurrencyUnit.CNY_100M, null, SNAKE, null,
                BenchmarkSet.defaults(), Map.of()));
        assertThat(risk100m).isCloseTo(risk10k, within(1e-9));
    }

    private static double labourRisk(DiagnosisInputs in) {
        return Diagnosis.diagnose(in).score(Group.TECHNOLOGY_GAP).orElseThrow().scored().stream()
                .filter(s -> s.indicator().id().equals("labour_productivity")).findFirst().orElseThrow().risk();
    }

    @Test
    void the_lock_in_index_alone_equals_the_one_of_the_full_diagnosis() {
        for (org.gvclab.core.cluster.SampleClusters.SampleCluster c : org.gvclab.core.cluster.SampleClusters.all()) {
            DiagnosisInputs in = DiagnosisInputs.of(c.records(), c.governance(), c.architecture());
            assertThat(Diagnosis.lockInIndex(in)).as(c.id()).isEqualTo(Diagnosis.diagnose(in).lockInIndex());
            DiagnosisInputs weighted = new DiagnosisInputs(c.records(), CurrencyUnit.CNY_100M, null, null, null,
                    BenchmarkSet.defaults(), Map.of(Group.TECHNOLOGY_GAP, 3.0, Group.INTERNATIONAL_POLITICS, 1.0));
            assertThat(Diagnosis.lockInIndex(weighted)).as(c.id()).isEqualTo(Diagnosis.diagnose(weighted).lockInIndex());
        }
        DiagnosisInputs empty = DiagnosisInputs.of(List.of(YearlyRecord.empty(2023)), null, null);
        assertThat(Diagnosis.lockInIndex(empty)).isNull();
    }
}
