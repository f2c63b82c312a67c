package org.gvclab.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.dashboard.ClusterStatus.NextStep;
import org.junit.jupiter.api.Test;

/** The dashboard's figures: the core's diagnosis, read cheaply, and what a cluster still lacks. */
class DashboardServiceTest {

    private static DiagnosisInputs inputs(SampleClusters.SampleCluster s) {
        return DiagnosisInputs.of(s.records(), s.governance(), s.architecture());
    }

    @Test
    void the_headline_index_its_band_and_trend_are_the_diagnosis_of_each_year() {
        for (SampleClusters.SampleCluster s : SampleClusters.all()) {
            DiagnosisInputs in = inputs(s);
            DashboardService.Diagnostic d = DashboardService.diagnose(in);
            var full = Diagnosis.diagnose(in);
            assertThat(d.index()).isEqualTo(full.lockInIndex());
            assertThat(d.low()).isEqualTo(full.lockIn().low());
            assertThat(d.high()).isEqualTo(full.lockIn().high());
            assertThat(d.low()).isLessThanOrEqualTo(d.high());
            assertThat(d.drivers()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
            assertThat(d.path()).isEqualTo(full.recommendation().path().label());
            List<YearlyRecord> records = s.records();
            assertThat(d.trend()).hasSize(records.size());
            for (int i = 0; i < records.size(); i++) {
                assertThat(d.trend().get(i).year()).isEqualTo(records.get(i).year());
                assertThat(d.trend().get(i).index()).isEqualTo(
                        Diagnosis.diagnose(in.withRecords(records.subList(0, i + 1))).lockInIndex());
            }
            double previous = d.trend().get(records.size() - 2).index();
            assertThat(d.change()).isEqualTo(full.lockInIndex() - previous);
        }
    }

    @Test
    void gaps_and_years_not_yet_entered_count_as_missing_years() {
        YearlyRecord a = SampleClusters.all().get(0).records().get(0);
        List<YearlyRecord> records = List.of(new YearlyRecord(2019, a.values()), new YearlyRecord(2021, a.values()));
        ClusterStatus.Completeness c = DashboardService.completeness(records, 0, 2024);
        assertThat(c.missingYears()).containsExactly(2020, 2022, 2023);
        assertThat(c.next()).isEqualTo(NextStep.COMPLETE_DATA);
    }

    @Test
    void fields_the_latest_year_lacks_are_listed_and_unanswered_questions_come_first() {
        YearlyRecord full = new YearlyRecord(2023, Map.of());
        for (var f : FieldCatalogue.all()) {
            full = full.with(f.id(), Math.max(f.min(), Math.min(f.max(), 1)));
        }
        assertThat(DashboardService.completeness(List.of(full), 0, 2024).next())
                .isEqualTo(NextStep.COMPARE_STRATEGIES);
        YearlyRecord lacking = full.without(FieldCatalogue.EXPORTS);
        ClusterStatus.Completeness c = DashboardService.completeness(List.of(lacking), 0, 2024);
        assertThat(c.missingFields()).containsExactly(FieldCatalogue.get(FieldCatalogue.EXPORTS).label());
        assertThat(DashboardService.completeness(List.of(lacking), 2, 2024).next())
                .isEqualTo(NextStep.ANSWER_QUESTIONNAIRES);
    }

    @Test
    void every_unanswered_questionnaire_question_is_counted() {
        assertThat(DashboardService.unanswered(Questionnaires.unanswered())).isEqualTo(DashboardService.QUESTIONS);
        Questionnaires some = new Questionnaires(3, 2, null,
                new ArchitectureQuestionnaire(12, true, null, null, false), 0);
        assertThat(DashboardService.unanswered(some)).isEqualTo(3);
    }
}
