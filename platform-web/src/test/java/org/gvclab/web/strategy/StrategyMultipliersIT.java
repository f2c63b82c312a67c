package org.gvclab.web.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.io.regional.EmploymentCsvException;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.web.audit.AuditEntry;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.iotable.ImportProgress;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.RegionalEmploymentService;
import org.gvclab.web.iotable.StoredIoTable;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.HandTable;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategy page's regional multipliers at service level: a cluster linked to a small uploaded table (written
 * here, with its multipliers calculated by hand) without and with regional employment by sector, the employment
 * upload (a broken file refused with every problem located, nothing stored), replacement, removal, audit and scope,
 * and the strategy run with and without the regional jobs effect.
 *
 * <pre>
 * {@link HandTable}, balanced: x = (100, 200, 100 | 200, 100, 100), va = (55, 130, 45 | 100, 50, 50).
 * Domestic block of R1: A_rr = [[0.10, 0.05, 0.20], [0.20, 0.10, 0.10], [0.05, 0.10, 0.10]], v = (0.55, 0.65, 0.45).
 * The cluster is linked to R1 / S2.
 * National: I − A_rr has det 0.69775 = 2791/4000 and adjugate column 2 (0.065, 0.8, 0.0925):
 *   output = 0.9575 / 0.69775 = 3830/2791, value added = (0.55·0.065 + 0.65·0.8 + 0.45·0.0925) / 0.69775 = 4779/5582.
 * Employment RE = (20, 10, 20), NE = (200, 200, 100): RE/NE = 0.1, SLQ = (1, 0.5, 2), e = NE/x = (2, 1, 1).
 * FLQ δ = 0 (λ* = 1): A^r = [[0.1, 0.05, 0.1], [0.1, 0.05, 0.025], [0.05, 0.1, 0.1]], det(I − A^r) = 12111/16000,
 *   adjugate column 2 (0.055, 0.805, 0.0925): output 5080/4037, value added 0.595125·16000/12111 = 3174/4037,
 *   employment 1.0075·16000/12111 = 16120/12111 persons per table money unit.
 * FLQ δ = 0.3: λ* = [log2 1.1]^0.3 = 0.55143477233236014; A^r inverted with 40-digit arithmetic: output
 *   1.2133743232181040, value added 0.75888238357424038, employment 1.2749681015866058 per table money unit.
 * Conversion: one table money unit = 7 units of the cluster's currency, so jobs per cluster unit = the above / 7.
 * </pre>
 */
@AppIT
class StrategyMultipliersIT {

    private static final String GOOD = HandTable.EMPLOYMENT;

    @Autowired
    StrategyMultipliers multipliers;
    @Autowired
    RegionalEmploymentService employment;
    @Autowired
    IoTableService tables;
    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    StrategyService strategies;
    @Autowired
    JurisdictionService jurisdictions;

    private Cluster cluster;
    private StoredIoTable table;

    @BeforeEach
    void linkedCluster() throws IOException {
        SignedIn.as("demo-consultant", "CONSULTANT");
        // Dongguan: one of the consultant's jurisdictions, not the demo official's (Zhuji)
        long dongguan = jurisdictions.visible().stream().filter(j -> j.code().equals("441900")).findFirst()
                .orElseThrow().id();
        cluster = clusters.create(new ClusterDraft(dongguan, "乘数测试", "Multiplier test", null, null, null,
                CurrencyUnit.CNY_10K));
        for (YearlyRecord r : SampleClusters.all().get(0).records()) {
            data.saveYear(cluster.id(), r, null);
        }
        table = upload();
        tables.link(cluster.id(), table.id(), "R1", "S2");
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private StoredIoTable upload() throws IOException {
        Path file = tables.newUploadFile("hand-2x3.zip");
        Files.write(file, IoTestFiles.zip(HandTable.files(), ""));
        return tables.startImport(file, "hand-2x3.zip", null, ImportProgress.none()).orTimeout(60, TimeUnit.SECONDS)
                .join().table();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ComparisonResult run(RegionalMultipliers m, List<Outcome> criteria) {
        ClusterBaseline b = strategies.baseline(cluster.id()).orElseThrow();
        Scenario s = Scenario.defaults("regional").withStrategies(List.of("S0", "S1", "S3"), List.of())
                .withHorizon(5).withDraws(11, 30).withRanking(criteria, Weighting.equal());
        return strategies.run(b, s, m, p -> { }, () -> false);
    }

    @Test
    void without_employment_the_multipliers_are_the_national_ones_and_there_is_no_jobs_effect() {
        RegionalMultipliers m = multipliers.of(cluster.id()).orElseThrow();
        assertThat(m.output()).isCloseTo(3830.0 / 2791, within(1e-12));
        assertThat(m.valueAdded()).isCloseTo(4779.0 / 5582, within(1e-12));
        assertThat(m.jobs()).isEmpty();
        assertThat(m.source().en()).contains(table.name()).contains("region R1").contains("sector S2")
                .contains("national (domestic) coefficients").contains("no regional employment data");
        assertThat(m.source().zh()).contains("全国");
        assertThat(multipliers.basis(cluster.id()).orElseThrow().hasJobs()).isFalse();

        ComparisonResult r = run(m, List.of(Outcome.VALUE_ADDED, Outcome.REGIONAL_OUTPUT));
        assertThat(r.outcomes()).contains(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED)
                .doesNotContain(Outcome.REGIONAL_JOBS);
        assertThat(r.assumptions()).filteredOn(a -> a.id().equals("multiplier_output")).singleElement()
                .satisfies(a -> assertThat(a.value()).isCloseTo(3830.0 / 2791, within(1e-12)));
        assertThat(r.notes()).anyMatch(n -> n.en().contains("regional jobs effect is not computed"));
    }

    @Test
    void with_employment_the_multipliers_are_regionalised_with_flq_and_include_jobs() {
        employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.3, "Zhuji statistical yearbook 2023");

        RegionalMultipliers m = multipliers.of(cluster.id()).orElseThrow();
        assertThat(m.output()).isCloseTo(1.2133743232181040, within(1e-12));
        assertThat(m.valueAdded()).isCloseTo(0.75888238357424038, within(1e-12));
        assertThat(m.jobs()).hasValueCloseTo(1.2749681015866058 / 7, within(1e-12));
        assertThat(m.source().en()).contains("FLQ δ = 0.3").contains("Zhuji statistical yearbook 2023")
                .contains("jobs.csv").contains("1 table money unit = 7 cluster currency units");

        ComparisonResult r = run(m, List.of(Outcome.VALUE_ADDED, Outcome.REGIONAL_JOBS));
        assertThat(r.outcomes()).contains(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_JOBS);
        assertThat(r.assumptions()).extracting(a -> a.id()).contains("multiplier_jobs");
        double[] s1 = r.strategy("S1").trajectory(Outcome.REGIONAL_JOBS).nominal();
        double[] rx = r.strategy("S1").trajectory(Outcome.REGIONAL_OUTPUT).nominal();
        assertThat(s1[5]).isCloseTo(rx[5] / m.output() * m.jobs().getAsDouble(), within(1e-9 * Math.abs(s1[5]) + 1e-12));
        assertThat(clusters.history(cluster.id())).extracting(AuditEntry::action).contains("employment-upload");

        // a replacement with another δ is used at once (the cache is keyed by the upload)
        employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.0, "Zhuji statistical yearbook 2023");
        RegionalMultipliers exact = multipliers.of(cluster.id()).orElseThrow();
        assertThat(exact.output()).isCloseTo(5080.0 / 4037, within(1e-12));
        assertThat(exact.valueAdded()).isCloseTo(3174.0 / 4037, within(1e-12));
        assertThat(exact.jobs()).hasValueCloseTo(16120.0 / 12111 / 7, within(1e-12));
        assertThat(employment.of(cluster.id()).orElseThrow().version()).isEqualTo(1);

        // removed: back to the national multipliers, audited
        employment.remove(cluster.id());
        assertThat(multipliers.of(cluster.id()).orElseThrow().jobs()).isEmpty();
        assertThat(clusters.history(cluster.id())).extracting(AuditEntry::action).contains("employment-remove");
    }

    @Test
    void a_broken_employment_file_is_refused_with_every_problem_and_nothing_is_stored() {
        int changes = clusters.history(cluster.id()).size();
        String broken = "sector,regional_employment,national_employment\n"
                + "S1,20,200\n"
                + "S2,300,200\n"       // regional above national
                + "S9,1,2\n"           // not a sector of the table
                + "S1,x,-5\n";         // S1 again, not a number, negative; S3 missing
        assertThatThrownBy(() -> employment.upload(cluster.id(), "broken.csv", csv(broken), 7, 0.3, "survey"))
                .isInstanceOfSatisfying(EmploymentCsvException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.file(), p -> p.line(), p -> p.field()).containsExactly(
                            tuple("broken.csv", 3L, "regional_employment"),
                            tuple("broken.csv", 4L, "sector"),
                            tuple("broken.csv", 5L, "sector"),
                            tuple("broken.csv", 5L, "regional_employment"),
                            tuple("broken.csv", 5L, "national_employment"),
                            tuple("broken.csv", 0L, "sector"));
                    assertThat(e.problems().get(5).message().en()).contains("S3");
                });
        assertThat(employment.of(cluster.id())).isEmpty();
        assertThat(clusters.history(cluster.id())).hasSize(changes);
        assertThat(multipliers.of(cluster.id()).orElseThrow().jobs()).isEmpty();

        assertThatThrownBy(() -> employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 0, 0.3, "survey"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("regional.error.factor"));
        assertThatThrownBy(() -> employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.3, "  "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("regional.error.source"));
        assertThat(employment.of(cluster.id())).isEmpty();
    }

    @Test
    void employment_uploaded_for_another_link_is_not_used_and_a_cluster_without_link_has_none() {
        employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.3, "census");
        tables.link(cluster.id(), table.id(), "R2", "S2");
        assertThat(employment.of(cluster.id())).isPresent();
        RegionalMultipliers m = multipliers.of(cluster.id()).orElseThrow();
        // R2's block is 0.1·(I + J): (I − A)^-1 = (I + J/6)/0.9, column sums 5/3, v = 0.5 → 5/6
        assertThat(m.output()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(m.valueAdded()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(m.jobs()).isEmpty();

        tables.unlink(cluster.id());
        assertThat(multipliers.of(cluster.id())).isEmpty();
        assertThat(multipliers.fingerprint(cluster.id())).isEqualTo("none");
        assertThatThrownBy(() -> employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.3, "census"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("regional.error.noLink"));
    }

    @Test
    void another_jurisdictions_official_can_neither_read_nor_change_the_employment() {
        employment.upload(cluster.id(), "jobs.csv", csv(GOOD), 7, 0.3, "census");
        long id = cluster.id();
        SignedIn.as("demo-official", "OFFICIAL");
        assertThatThrownBy(() -> employment.of(id)).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> employment.upload(id, "jobs.csv", csv(GOOD), 7, 0.3, "census"))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> employment.remove(id)).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> multipliers.of(id)).isInstanceOf(NotFoundInScopeException.class);
        SignedIn.as("demo-consultant", "CONSULTANT");
        assertThat(employment.of(id)).isPresent();
    }
}
