package org.gvclab.web.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.cli.GvcLabCli;
import org.gvclab.core.cluster.CsvRecords;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.core.paradox.DiagnosisJson;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.strategy.ComparisonJson;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.benchmark.StoredBenchmark;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.iotable.ImportProgress;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.strategy.StrategyService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.HandTable;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web services and the command line run the same core calls: the JSON of the service's diagnosis and strategy
 * comparison equals what {@code gvclab-cli diagnose} and {@code strategies} print for the same records and answers,
 * and a cluster linked to an uploaded IO table gets the IO evidence {@code diagnose --io-table --link} computes.
 */
@AppIT
class ModelServicesIT {

    @Autowired
    DiagnosisService diagnoses;
    @Autowired
    StrategyService strategies;
    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    IoTableService tables;
    @Autowired
    BenchmarkService benchmarks;

    @TempDir
    Path tmp;

    private final SampleCluster datang = SampleClusters.all().get(0);
    private Cluster cluster;
    private Path csv;
    private Path answers;

    @BeforeEach
    void aClusterWithTheDatangRecords() throws IOException {
        // other tests change reference values; the command line reads the shipped set, so put it back first
        SignedIn.as("demo-admin", "ADMIN");
        for (StoredBenchmark b : benchmarks.all()) {
            BenchmarkValue shipped = BenchmarkSet.defaults().find(b.value().indicatorId()).orElseThrow();
            if (!shipped.equals(b.value())) {
                benchmarks.update(b, shipped);
            }
        }
        SignedIn.as("demo-consultant", "CONSULTANT");
        long dongguan = jurisdictions.visible().stream().filter(j -> j.code().equals("441900")).findFirst()
                .orElseThrow().id();
        cluster = clusters.create(new ClusterDraft(dongguan, "模型对照", "Model check", null, null, null,
                CurrencyUnit.CNY_10K));
        for (YearlyRecord r : datang.records()) {
            data.saveYear(cluster.id(), r, null);
        }
        Questionnaires before = data.questionnaires(cluster.id());
        data.saveQuestionnaires(cluster.id(), new Questionnaires(4, 4, 2, datang.architecture(), before.version()));
        csv = tmp.resolve("datang.csv");
        try (OutputStream o = Files.newOutputStream(csv)) {
            CsvRecords.write(o, datang.records());
        }
        answers = tmp.resolve("datang.json");
        var a = datang.architecture();
        Files.writeString(answers, "{\"gov_complexity\": 4, \"gov_codifiability\": 4, \"gov_capability\": 2, "
                + "\"components\": " + a.componentInputs() + ", \"sequential\": " + a.sequentialStages() + ", \"stages\": "
                + a.stageCount() + ", \"parallel\": " + a.parallelAssembly() + ", \"transforms\": "
                + a.transformsMaterial() + "}");
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = GvcLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_command_lines_diagnosis_equals_the_services_byte_for_byte() {
        DiagnosisResult service = diagnoses.diagnoseLatest(cluster.id()).orElseThrow();
        String json = cli("diagnose", "--records", csv.toString(), "--answers", answers.toString());
        assertThat(DiagnosisJson.write(service)).isEqualTo(json);
        assertThat(service.recommendation().path().name()).isIn("PLATFORM", "BOTH");
        assertThat(service.io()).isNull();
    }

    @Test
    void the_command_lines_strategy_comparison_equals_the_services_byte_for_byte() {
        Scenario scenario = Scenario.defaults("check").withStrategies(Strategies.PRESET_IDS, List.of()).withHorizon(10)
                .withDraws(3, 120);
        String service = ComparisonJson.write(strategies.run(strategies.baseline(cluster.id()).orElseThrow(), scenario,
                null, x -> { }, () -> false));
        String json = cli("strategies", "--records", csv.toString(), "--answers", answers.toString(), "--strategies",
                "S0,S1,S2,S3,S4", "--horizon", "10", "--draws", "120", "--seed", "3");
        assertThat(service).isEqualTo(json);
    }

    @Test
    void a_linked_cluster_gets_the_io_evidence_the_command_line_computes_for_that_region_sector() throws IOException {
        Map<String, byte[]> files = HandTable.files();
        Path upload = tables.newUploadFile("hand-2x3.zip");
        Files.write(upload, IoTestFiles.zip(files, ""));
        StoredIoTable table = tables.startImport(upload, "hand-2x3.zip", null, ImportProgress.none())
                .orTimeout(60, TimeUnit.SECONDS).join().table();
        tables.link(cluster.id(), table.id(), "R1", "S2");
        Path dir = Files.createDirectories(tmp.resolve("hand"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        DiagnosisResult service = diagnoses.diagnoseLatest(cluster.id()).orElseThrow();
        assertThat(service.io()).isNotNull();
        assertThat(service.lockIn().outcomes()).anyMatch(o -> o.indicator().id().equals("dva_share_of_exports"));
        String json = cli("diagnose", "--records", csv.toString(), "--answers", answers.toString(), "--io-table",
                dir.toString(), "--link", "R1_S2");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode fromCli = mapper.readTree(json);
        JsonNode fromService = DiagnosisJson.toJson(service);
        // the table's name is the upload's in the application and the folder's on the command line
        ((ObjectNode) fromCli.get("io_evidence")).remove("table");
        ((ObjectNode) fromService.get("io_evidence")).remove("table");
        assertThat(fromService).isEqualTo(fromCli);
        assertThat(fromService.get("io_evidence").get("link").asText()).isEqualTo("R1_S2");
        // computed once per table and link: the second diagnosis reads it from memory
        assertThat(diagnoses.ioEvidence(cluster.id()).orElseThrow()).isSameAs(diagnoses.ioEvidence(cluster.id()).orElseThrow());
    }
}
