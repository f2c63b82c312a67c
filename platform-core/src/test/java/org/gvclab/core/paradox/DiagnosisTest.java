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

    @Test
    void lock_in_index_rises_when_export_dependence_rises() {
        YearlyRecord base = TestRecords.complete(2023);
        YearlyRecord moreExports = base.with("exports", 700_000).with("domestic_sales", 300_000);
        assertThat(lockIn(moreExports)).isGreaterThan(lockIn(base));
    }

    @Test
    void lock_in_index_falls_when_rd_intensity_rises() {
        YearlyRecord base = TestRecords.complete(2023);
        assertThat(lockIn(base.with("rd_expenditure", 30_000))).isLessThan(lockIn(base));
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
    void the_index_is_the_weighted_mean_of_the_factor_scores_and_follows_given_weights() {
        DiagnosisResult equal = diagnose(TestRecords.complete(2023), SNAKE);
        double mean = equal.factors().stream().mapToDouble(GroupScore::risk).average().orElseThrow();
        assertThat(equal.lockInIndex()).isCloseTo(mean, within(1e-9));
        assertThat(equal.factorWeights().values()).allSatisfy(w -> assertThat(w).isCloseTo(0.2, within(1e-12)));
        DiagnosisInputs politicsOnly = new DiagnosisInputs(List.of(TestRecords.complete(2023)), CurrencyUnit.CNY_10K, null, SNAKE,
                null, BenchmarkSet.defaults(), Map.of(Group.INTERNATIONAL_POLITICS, 1.0));
        DiagnosisResult p = Diagnosis.diagnose(politicsOnly);
        assertThat(p.lockInIndex()).isCloseTo(p.score(Group.INTERNATIONAL_POLITICS).orElseThrow().risk(), within(1e-9));
        assertThat(p.drivers()).allSatisfy(dr -> assertThat(dr.factor()).isEqualTo(Group.INTERNATIONAL_POLITICS));
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
    void a_mixed_cluster_gets_both_paths_and_an_undetermined_one_is_asked_for_answers() {
        assertThat(diagnose(TestRecords.complete(2023), MIXED).recommendation().path()).isEqualTo(UpgradingPath.BOTH);
        PathRecommendation u = diagnose(TestRecords.complete(2023), ArchitectureQuestionnaire.unanswered()).recommendation();
        assertThat(u.path()).isEqualTo(UpgradingPath.UNDETERMINED);
        assertThat(u.reasons().get(0).en()).contains("answer the architecture questionnaire");
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
        assertThat(f.explanation().en()).contains("OEM 45 %, ODM 20 %, OBM 25 %").contains("Chain upgrading");
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
