package org.gvclab.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.ImportPreview;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.audit.AuditEntry;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saving yearly data: validation before writing, all-or-nothing imports, conflicts, audit, tenancy. */
@AppIT
class ClusterDataServiceIT {

    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    org.gvclab.web.diagnosis.DiagnosisService diagnoses;

    private Cluster cluster;

    private static YearlyRecord year(int year, double grossOutput, double sales) {
        return new YearlyRecord(year, Map.of("firms", 100.0, "employees", 2000.0, "gross_output", grossOutput,
                "sales", sales, "exports", 0.4 * sales, "domestic_sales", 0.5 * sales));
    }

    @BeforeEach
    void newCluster() {
        SignedIn.as("demo-official", "OFFICIAL");
        long zhuji = jurisdictions.visible().get(0).id();
        cluster = clusters.create(new ClusterDraft(zhuji, "测试", "Data service test", null, null, null,
                CurrencyUnit.CNY_10K));
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void a_record_with_errors_is_refused_with_every_problem_and_nothing_is_stored() {
        YearlyRecord inconsistent = new YearlyRecord(2022, Map.of("firms", 100.0, "employees", 2000.0,
                "gross_output", 1000.0, "sales", 1000.0, "domestic_sales", 800.0, "exports", 600.0,
                "value_added", 1200.0));

        assertThatThrownBy(() -> data.saveYear(cluster.id(), inconsistent, null))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.fieldIds()).anySatisfy(ids -> assertThat(ids).contains("exports"))
                        .anySatisfy(ids -> assertThat(ids).contains("value_added")));
        assertThat(data.years(cluster.id())).isEmpty();
    }

    @Test
    void an_import_with_one_bad_record_stores_none_of_them() {
        data.saveYear(cluster.id(), year(2020, 900, 880), null);
        YearlyRecord good = year(2021, 1000, 980);
        YearlyRecord bad = new YearlyRecord(2022, Map.of("firms", 100.0, "employees", 2000.0, "gross_output", 1000.0,
                "sales", 1000.0, "oem_sales", 700.0, "odm_sales", 300.0, "obm_sales", 200.0));

        assertThatThrownBy(() -> data.importRecords(cluster.id(), new ImportPreview(List.of(good, bad), List.of())))
                .isInstanceOf(RecordRejectedException.class);

        assertThat(data.years(cluster.id())).extracting(StoredYear::year).containsExactly(2020);
        assertThat(data.years(cluster.id()).get(0).record()).isEqualTo(year(2020, 900, 880));
    }

    @Test
    void an_import_stores_every_year_and_replaces_stored_ones() {
        data.saveYear(cluster.id(), year(2020, 900, 880), null);

        List<Integer> replaced = data.importRecords(cluster.id(),
                new ImportPreview(List.of(year(2020, 950, 930), year(2021, 1000, 980)), List.of()));

        assertThat(replaced).containsExactly(2020);
        assertThat(data.records(cluster.id())).containsExactly(year(2020, 950, 930), year(2021, 1000, 980));
    }

    @Test
    void the_second_of_two_officials_editing_the_same_year_is_told_and_loses_nothing() {
        StoredYear read = data.saveYear(cluster.id(), year(2022, 1000, 980), null);
        data.saveYear(cluster.id(), year(2022, 1100, 1050), read.version());

        SignedIn.as("demo-consultant", "CONSULTANT");
        YearlyRecord second = year(2022, 1200, 1150);
        assertThatThrownBy(() -> data.saveYear(cluster.id(), second, read.version()))
                .isInstanceOfSatisfying(YearConflictException.class, e -> {
                    assertThat(e.current()).isNotNull();
                    assertThat(e.current().record()).isEqualTo(year(2022, 1100, 1050));
                    assertThat(e.current().updatedBy()).isEqualTo("demo-official");
                });
        assertThat(data.records(cluster.id())).containsExactly(year(2022, 1100, 1050));

        StoredYear current = data.years(cluster.id()).get(0);
        data.saveYear(cluster.id(), second, current.version());
        assertThat(data.records(cluster.id())).containsExactly(second);
    }

    @Test
    void every_change_is_in_the_audit_log_with_before_and_after() {
        StoredYear first = data.saveYear(cluster.id(), year(2022, 1000, 980), null);
        data.saveYear(cluster.id(), year(2022, 1100, 1050), first.version());

        List<AuditEntry> history = clusters.history(cluster.id());
        AuditEntry update = history.get(0);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.username()).isEqualTo("demo-official");
        assertThat(update.before()).contains("1000");
        assertThat(update.after()).contains("1100");
        assertThat(history).extracting(AuditEntry::action).contains("create");
    }

    @Test
    void another_jurisdictions_official_can_neither_read_nor_write_the_data() {
        data.saveYear(cluster.id(), year(2022, 1000, 980), null);
        SignedIn.as("demo-admin", "ADMIN");
        long dongguanCluster = clusters.visible().stream().filter(c -> c.nameEn().startsWith("Dongguan"))
                .findFirst().orElseThrow().id();
        SignedIn.as("demo-official", "OFFICIAL");

        assertThatThrownBy(() -> data.years(dongguanCluster)).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> data.saveYear(dongguanCluster, year(2030, 1, 1), null))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> data.questionnaires(dongguanCluster)).isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void questionnaires_are_saved_versioned_and_read_by_the_diagnosis() {
        Questionnaires answers = new Questionnaires(5, 4, 2, org.gvclab.core.cluster.ArchitectureQuestionnaire
                .unanswered(), -1);
        Questionnaires stored = data.saveQuestionnaires(cluster.id(), answers);
        assertThat(stored.governance()).isNotNull();
        assertThat(stored.version()).isEqualTo(0);

        assertThatThrownBy(() -> data.saveQuestionnaires(cluster.id(), answers))
                .isInstanceOf(org.gvclab.web.base.StaleDataException.class);
        data.saveYear(cluster.id(), year(2022, 1000, 980), null);
        assertThat(diagnoses.diagnose(cluster.id()).orElseThrow().latest().governance().type())
                .isEqualTo(org.gvclab.core.paradox.GovernanceType.CAPTIVE);
    }
}
