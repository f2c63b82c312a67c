package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.SingularMatrixException;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableFormat;
import org.gvclab.core.io.read.TableRelease;
import org.gvclab.core.io.read.TableValidationException;
import org.gvclab.core.io.read.ZipLimits;
import org.gvclab.web.audit.AuditEntry;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The upload path end to end (file on disk → core reader → checks → store), duplicates, every kind of bad input
 * the core detects (each named by file, line and label, with nothing stored), the indicator cache, roles, deletion
 * and the cluster link. Each test uploads its own generated table (distinct seeds), as the context is shared.
 */
@AppIT
class IoTableServiceIT {

    @Autowired
    IoTableService service;
    @Autowired
    IoTableRepository repository;
    @Autowired
    IoEngine engine;
    @Autowired
    IoProperties properties;
    @Autowired
    ClusterService clusters;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    @BeforeEach
    void signIn() {
        SignedIn.as("demo-consultant", "CONSULTANT");
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private Path upload(String name, byte[] content) throws IOException {
        Path file = service.newUploadFile(name);
        Files.write(file, content);
        return file;
    }

    private ImportOutcome importZip(String name, Map<String, byte[]> files, List<ImportPhase> phases)
            throws IOException {
        Path file = upload(name, IoTestFiles.zip(files, ""));
        return service.startImport(file, name, null, (phase, fraction) -> {
            synchronized (phases) {
                if (phases.isEmpty() || phases.get(phases.size() - 1) != phase) {
                    phases.add(phase);
                }
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Uploads a broken zip; returns the failure after checking that nothing was stored and the file is gone. */
    private Throwable rejected(String name, byte[] zip, ZipLimits limits) throws IOException {
        int tables = service.list().size();
        int entries = audit.latest(adminScope(), 10_000).size();
        Path file = upload(name, zip);
        Throwable error = null;
        try {
            service.startImport(file, name, null, ImportProgress.none(), limits).orTimeout(60, TimeUnit.SECONDS)
                    .join();
        } catch (CompletionException e) {
            error = e.getCause();
        }
        assertThat(error).as("the upload of %s must fail", name).isNotNull();
        assertThat(service.list()).as("nothing stored").hasSize(tables);
        assertThat(audit.latest(adminScope(), 10_000)).as("nothing audited").hasSize(entries);
        assertThat(file).doesNotExist();
        return error;
    }

    private Throwable rejected(String name, Map<String, byte[]> files) throws IOException {
        return rejected(name, IoTestFiles.zip(files, ""), ZipLimits.defaults());
    }

    private static TenantScope adminScope() {
        return new TenantScope(0, "test", Role.ADMIN, java.util.Set.of());
    }

    private static Consumer<Throwable> names(String file, long line, String label, String problem) {
        return e -> {
            assertThat(e).isInstanceOf(TableValidationException.class);
            TableValidationException v = (TableValidationException) e;
            assertThat(v.file()).isEqualTo(file);
            assertThat(v.line()).isEqualTo(line);
            assertThat(v.label()).isEqualTo(label);
            assertThat(v.getMessage()).contains(problem);
        };
    }

    @Test
    void a_golden_zip_is_read_checked_factorised_stored_and_audited() throws IOException {
        Map<String, byte[]> files = IoTestFiles.generated(2, 3, 101);
        List<ImportPhase> phases = new ArrayList<>();
        ImportOutcome outcome = importZip("two-by-three.zip", files, phases);

        assertThat(outcome.alreadyStored()).isFalse();
        assertThat(phases).containsExactly(ImportPhase.READING, ImportPhase.CHECKING, ImportPhase.FACTORISING,
                ImportPhase.STORING, ImportPhase.DONE);
        StoredIoTable t = outcome.table();
        assertThat(t.name()).isEqualTo("two-by-three");
        assertThat(t.format()).isEqualTo(TableFormat.GOLDEN);
        assertThat(t.regions()).containsExactly("R1", "R2");
        assertThat(t.sectors()).containsExactly("S1", "S2", "S3");
        assertThat(t.uploadedBy()).isEqualTo("demo-consultant");
        assertThat(t.balance().balancedWithin(1e-9)).isTrue();
        IoTable expected = IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(files, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), "two-by-three.zip");
        assertThat(t.checksum()).isEqualTo(expected.checksum());
        assertThat(service.get(t.id())).isEqualTo(t);
        List<AuditEntry> log = audit.history(adminScope(), "io_table", t.id());
        assertThat(log).extracting(AuditEntry::action).containsExactly("create");
        assertThat(log.get(0).jurisdictionId()).isNull();
    }

    @Test
    void an_oecd_icio_csv_is_detected_read_with_its_tax_assumption_and_stored() throws IOException {
        Map<String, byte[]> golden = IoTestFiles.generated(3, 2, 116);
        String csv = IoTestFiles.icioCsv(golden);
        Path file = upload("ICIO-test.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(service.detectFormat(file, "ICIO-test.csv")).contains(TableFormat.ICIO);
        List<ImportPhase> phases = new ArrayList<>();
        ImportOutcome outcome = service.startImport(file, "ICIO-test.csv", null, (p, f) -> {
            synchronized (phases) {
                phases.add(p);
            }
        }).join();

        StoredIoTable t = outcome.table();
        assertThat(t.format()).isEqualTo(TableFormat.ICIO);
        assertThat(t.regions()).containsExactly("R1", "R2", "R3");
        assertThat(t.fdCategories()).containsExactly("HFCE");
        assertThat(t.notes()).anyMatch(n -> n.contains("TLS"));
        assertThat(phases).contains(ImportPhase.READING, ImportPhase.FACTORISING, ImportPhase.DONE);
        IoTable fromGolden = IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(golden, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), "g.zip");
        IoModel icio = service.model(t.id());
        for (int i = 0; i < fromGolden.n(); i++) {
            assertThat(icio.table().x()[i]).isEqualTo(fromGolden.x()[i]);
            assertThat(icio.table().va()[i]).isCloseTo(fromGolden.va()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void the_same_table_uploaded_again_is_not_stored_twice() throws IOException {
        Map<String, byte[]> files = IoTestFiles.generated(2, 2, 102);
        ImportOutcome first = importZip("first.zip", files, new ArrayList<>());
        int tables = service.list().size();
        Path again = upload("again.zip", IoTestFiles.zip(files, "inside-a-folder/"));
        ImportOutcome second = service.startImport(again, "again.zip", TableFormat.GOLDEN, ImportProgress.none())
                .join();
        assertThat(second.alreadyStored()).isTrue();
        assertThat(second.table().id()).isEqualTo(first.table().id());
        assertThat(second.table().name()).isEqualTo("first");
        assertThat(service.list()).hasSize(tables);
        assertThat(again).doesNotExist();
    }

    @Test
    void a_non_numeric_cell_is_named_by_file_line_and_label() throws IOException {
        Map<String, byte[]> files = IoTestFiles.withField(IoTestFiles.generated(2, 2, 103), "Z.csv", 3, 2, "abc");
        assertThat(rejected("nan.zip", files)).satisfies(names("Z.csv", 3, "R1_S2", "'abc'"));
    }

    @Test
    void a_ragged_row_is_named() throws IOException {
        Map<String, byte[]> base = IoTestFiles.generated(2, 2, 104);
        String line3 = IoTestFiles.line(base, "Z.csv", 3);
        Map<String, byte[]> files = IoTestFiles.edited(base, "Z.csv", line3, line3 + ",1.0");
        assertThat(rejected("ragged.zip", files)).satisfies(names("Z.csv", 3, "R1_S2", "ragged row"));
    }

    @Test
    void labels_that_differ_between_files_are_named() throws IOException {
        Map<String, byte[]> files = IoTestFiles.withField(IoTestFiles.generated(2, 2, 105), "Y.csv", 4, 0, "R2_S9");
        assertThat(rejected("labels.zip", files)).satisfies(names("Y.csv", 4, "R2_S9", "R2_S1"));
    }

    @Test
    void negative_gross_output_is_named() throws IOException {
        Map<String, byte[]> base = IoTestFiles.generated(2, 2, 106);
        String x4 = IoTestFiles.line(base, "X.csv", 2).split(",")[4];
        Map<String, byte[]> files = IoTestFiles.withField(base, "X.csv", 2, 4, "-" + x4);
        assertThat(rejected("negative.zip", files)).satisfies(e -> {
            assertThat(e).isInstanceOf(TableValidationException.class);
            assertThat(((TableValidationException) e).file()).isEqualTo("X.csv");
            assertThat(((TableValidationException) e).label()).isEqualTo("R2_S2");
            assertThat(e.getMessage()).contains("negative");
        });
    }

    @Test
    void an_imbalance_beyond_the_tolerance_is_named() throws IOException {
        Map<String, byte[]> files = IoTestFiles.withField(IoTestFiles.generated(2, 2, 107), "VA.csv", 2, 1, "1000");
        assertThat(properties.balanceTolerance()).isEqualTo(1e-6);
        assertThat(rejected("imbalance.zip", files)).satisfies(e -> {
            assertThat(e).isInstanceOf(TableValidationException.class);
            assertThat(((TableValidationException) e).file()).isEqualTo("VA.csv");
            assertThat(((TableValidationException) e).label()).isEqualTo("R1_S1");
            assertThat(e.getMessage()).contains("beyond the tolerance");
        });
    }

    @Test
    void a_singular_leontief_system_is_caught_before_storing() throws IOException {
        // R1_S1 uses its whole output of itself and sells nothing else: column R1_S1 of I − A is zero
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Z.csv", "id,R1_S1,R1_S2,R2_S1,R2_S2\nR1_S1,5,0,0,0\nR1_S2,0,1,0,0\nR2_S1,0,0,1,0\nR2_S2,0,0,0,1\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("Y.csv", "id,R1,R2\nR1_S1,0,0\nR1_S2,1,0\nR2_S1,0,1\nR2_S2,0,1\n".getBytes(StandardCharsets.UTF_8));
        files.put("X.csv", "id,R1_S1,R1_S2,R2_S1,R2_S2\nX,5,2,2,2\n".getBytes(StandardCharsets.UTF_8));
        files.put("VA.csv", "id,R1_S1,R1_S2,R2_S1,R2_S2\nVA,0,1,1,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rejected("singular.zip", files)).isInstanceOfSatisfying(SingularMatrixException.class, e -> {
            assertThat(e.matrix()).contains("I − A");
            assertThat(e.label()).isEqualTo("R1_S1");
        });
    }

    @Test
    void a_zip_with_an_unexpected_entry_is_named() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(IoTestFiles.generated(2, 2, 108));
        files.put("run-me.exe", new byte[] {1, 2, 3});
        assertThat(rejected("extra.zip", files)).satisfies(names("extra.zip", 0, "run-me.exe", "unexpected entry"));
    }

    @Test
    void a_zip_of_excessive_size_stops_while_inflating() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(IoTestFiles.generated(2, 2, 109));
        files.put("Y_detail.csv", new byte[3_000_000]); // zeros: a 3 MB entry in a zip of a few kB
        byte[] zip = IoTestFiles.zip(files, "");
        assertThat(zip.length).isLessThan(50_000);
        assertThat(rejected("bomb.zip", zip, new ZipLimits(1_000_000, 2_000_000, 32)))
                .satisfies(names("bomb.zip", 0, "Y_detail.csv", "larger than 1000000 bytes"));
    }

    @Test
    void a_file_whose_layout_cannot_be_told_is_refused_with_the_layouts_tried_until_the_user_chooses()
            throws IOException {
        Path file = upload("table.dat", "id,a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(service.detectFormat(file, "table.dat")).isEmpty();
        assertThat(service.detect(file, "table.dat").describe().en()).startsWith("matches no known layout. Tried:"
                + " OECD ICIO 2016, 2018, 2021, 2023 and 2023 _SML (CSV): line 1 has 2 fields");
        assertThatThrownBy(() -> service.startImport(file, "table.dat", null, ImportProgress.none()).join())
                .cause().isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.file()).isEqualTo("table.dat");
                    assertThat(e.problemIn(Locale.SIMPLIFIED_CHINESE)).startsWith("不符合任何已知格式。已尝试：");
                    assertThat(e.problem()).contains("WIOD 2013 and 2016").contains("golden CSV layout");
                });
    }

    @Test
    void an_icio_2018_csv_saved_by_excel_with_semicolons_is_detected_named_and_stored_with_its_tax_rows()
            throws IOException {
        Map<String, byte[]> golden = IoTestFiles.generated(3, 2, 130);
        Path file = upload("ICIO2018_2015.CSV", IoTestFiles.icio2018Csv(golden, true)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(service.detect(file, "ICIO2018_2015.CSV").release()).isEqualTo(TableRelease.ICIO_2018);
        StoredIoTable t = service.startImport(file, "ICIO2018_2015.CSV", null, ImportProgress.none()).join().table();
        assertThat(t.format()).isEqualTo(TableFormat.ICIO);
        assertThat(t.notes().get(0)).isEqualTo("read as OECD ICIO, 2018 release: final demand named country first"
                + " (such as R1_HFCE) and a TOTAL column");
        assertThat(t.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): 3 rows"
                + " COUNTRY_TAXSUB (taxes less subsidies on products, one row per country), VALU (value added); gross"
                + " output x is the OUTPUT row");
        assertThat(t.notes()).contains("semicolon-separated with decimal commas (as Excel saves CSV in European"
                + " locales)");
        assertThat(t.fdCategories()).containsExactly("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "P33");
        IoTable fromGolden = IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(golden, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), "g.zip");
        IoTable read = service.model(t.id()).table();
        for (int i = 0; i < fromGolden.n(); i++) {
            assertThat(read.x()[i]).isEqualTo(fromGolden.x()[i]);
            assertThat(read.va()[i]).isCloseTo(fromGolden.va()[i], org.assertj.core.data.Offset.offset(1e-9));
            for (int j = 0; j < fromGolden.n(); j++) {
                assertThat(read.Z().get(i, j)).isEqualTo(fromGolden.Z().get(i, j));
            }
        }
    }

    @Test
    void an_uploads_model_is_at_hand_at_once_and_its_data_reads_back_on_another_node() throws Exception {
        Map<String, byte[]> files = IoTestFiles.generated(2, 3, 2027);
        StoredIoTable t = importZip("background-store.zip", files, new ArrayList<>()).table();
        // the model is at hand at once, before its data is written, and the table is listed and opens on this node
        assertThat(service.model(t.id()).table().checksum()).isEqualTo(t.checksum());
        assertThat(service.list()).extracting(StoredIoTable::id).contains(t.id());
        assertThat(service.get(t.id()).checksum()).isEqualTo(t.checksum());
        long until = System.currentTimeMillis() + 60_000;
        while (repository.data(t.id()).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        IoTable back = IoCodec.decodeTable(repository.data(t.id()).orElseThrow());
        assertThat(back.checksum()).isEqualTo(t.checksum());
        // another node (nothing in its memory) reads the same table from the store
        IoEngine otherNode = new IoEngine(repository, clock, properties);
        try {
            assertThat(otherNode.model(t).table().checksum()).isEqualTo(t.checksum());
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void a_table_whose_data_was_never_written_is_never_shown_and_removed_at_the_next_start() {
        StoredIoTable summary = service.list().stream().findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(summary != null, "needs a stored table to copy a summary from");
        StoredIoTable orphan = new StoredIoTable(0, "interrupted upload", summary.format(), "0".repeat(63) + "1",
                summary.layout(), summary.notes(), summary.balance(), "interrupted.zip", 1, "demo-consultant",
                java.time.OffsetDateTime.now(clock).minusHours(2));
        StoredIoTable fresh = new StoredIoTable(0, "upload being written", summary.format(), "0".repeat(63) + "2",
                summary.layout(), summary.notes(), summary.balance(), "fresh.zip", 1, "demo-consultant",
                java.time.OffsetDateTime.now(clock));
        long orphanId = repository.insertSummary(orphan);
        long freshId = repository.insertSummary(fresh);
        try {
            // recorded without data by a stopped application, or by another node writing it now: not shown here
            assertThat(service.list()).extracting(StoredIoTable::id).doesNotContain(orphanId, freshId);
            assertThatThrownBy(() -> service.get(freshId)).isInstanceOf(
                    org.gvclab.web.base.NotFoundInScopeException.class);
            service.removeIncompleteUploads();
            assertThat(repository.findById(orphanId)).isEmpty();
            // on a database one application uses (embedded H2) no other node can be writing: removed as well;
            // on a shared one, a table recorded within the hour may be another node's upload being written
            assertThat(repository.findById(freshId).isPresent()).isEqualTo(!repository.singleNode());
        } finally {
            repository.delete(freshId);
            repository.delete(orphanId);
        }
    }

    @Test
    void an_icio_release_downloaded_as_a_zip_is_detected_from_the_table_inside_and_stored() throws IOException {
        Map<String, byte[]> golden = IoTestFiles.generated(3, 2, 131);
        Map<String, byte[]> download = new java.util.LinkedHashMap<>();
        download.put("ReadMe.txt", "OECD ICIO 2018".getBytes(StandardCharsets.UTF_8));
        download.put("ICIO2018_2016.CSV", IoTestFiles.icio2018Csv(golden, false).getBytes(StandardCharsets.UTF_8));
        Path file = upload("ICIO2018_2016.zip", IoTestFiles.zip(download, "ICIO2018/"));
        assertThat(service.detect(file, "ICIO2018_2016.zip").release()).isEqualTo(TableRelease.ICIO_2018);

        StoredIoTable t = service.startImport(file, "ICIO2018_2016.zip", TableFormat.ICIO, ImportProgress.none())
                .orTimeout(60, TimeUnit.SECONDS).join().table();

        assertThat(t.format()).isEqualTo(TableFormat.ICIO);
        assertThat(t.notes().get(0)).startsWith("read as OECD ICIO, 2018 release");
        assertThat(service.model(t.id()).table().n()).isEqualTo(6);
    }

    @Test
    void a_zip_of_several_release_years_is_refused_naming_the_years_it_holds() throws IOException {
        Map<String, byte[]> golden = IoTestFiles.generated(3, 2, 132);
        byte[] csv = IoTestFiles.icio2018Csv(golden, false).getBytes(StandardCharsets.UTF_8);
        Path file = upload("2015-2016.zip", IoTestFiles.zip(Map.of("2015.csv", csv, "2016.csv", csv), ""));
        int tables = service.list().size();
        assertThatThrownBy(() -> service.detect(file, "2015-2016.zip"))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.file()).isEqualTo("2015-2016.zip");
                    assertThat(e.problemIn(java.util.Locale.ENGLISH)).contains("2 tables", "2015.csv", "2016.csv");
                });
        assertThat(service.list()).hasSize(tables);
    }

    @Test
    void an_indicator_is_computed_once_then_read_from_memory_and_by_another_node_from_the_store()
            throws IOException {
        Map<String, byte[]> files = IoTestFiles.generated(2, 3, 110);
        StoredIoTable t = importZip("cache.zip", files, new ArrayList<>()).table();
        long before = engine.computations();

        IoOutput first = service.result(t.id(), IndicatorId.LEONTIEF_INVERSE_B).join();
        IoOutput second = service.result(t.id(), IndicatorId.LEONTIEF_INVERSE_B).join();

        assertThat(first.source()).isEqualTo(IoOutput.Source.COMPUTED);
        assertThat(second.source()).isEqualTo(IoOutput.Source.MEMORY);
        assertThat(engine.computations() - before).isEqualTo(1);
        IoModel reference = IoModel.of(IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(files, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), "cache.zip"));
        String csv = Indicators.compute(reference, IndicatorId.LEONTIEF_INVERSE_B).toCsv();
        assertThat(first.table().toCsv()).isEqualTo(csv);
        assertThat(service.cachedOutputs(t.id())).contains("leontief_inverse_B");

        IoEngine otherNode = new IoEngine(repository, clock, properties);
        try {
            IoOutput fromStore = otherNode.result(t, "leontief_inverse_B", m -> {
                throw new AssertionError("must not recompute");
            }).join();
            assertThat(fromStore.source()).isEqualTo(IoOutput.Source.STORED);
            assertThat(fromStore.table().toCsv()).isEqualTo(csv);
            assertThat(otherNode.computations()).isZero();
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void after_an_upload_every_output_is_computed_in_the_background_reporting_each_output() throws Exception {
        StoredIoTable t = importZip("everything.zip", IoTestFiles.generated(2, 3, 112), new ArrayList<>()).table();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch last = new java.util.concurrent.CountDownLatch(1);
        service.computeEverything(t, (id, index, total, finished) -> {
            heard.add((finished ? "done " : "start ") + (index + 1) + "/" + total + " " + id.fileName());
            if (finished && index == total - 1) {
                last.countDown();
            }
        });
        assertThat(last.await(120, TimeUnit.SECONDS)).isTrue();
        List<IndicatorId> all = IoTableService.backgroundOrder();
        assertThat(all).containsExactlyInAnyOrderElementsOf(IoTableService.browsable());
        assertThat(all.get(all.size() - 1)).isEqualTo(IndicatorId.AVERAGE_PROPAGATION_LENGTH);
        assertThat(heard).hasSize(2 * all.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(heard.get(2 * i)).isEqualTo("start " + (i + 1) + "/" + all.size() + " " + all.get(i).fileName());
            assertThat(heard.get(2 * i + 1)).isEqualTo("done " + (i + 1) + "/" + all.size() + " " + all.get(i).fileName());
        }
        assertThat(service.cachedOutputs(t.id())).containsAll(all.stream().map(IndicatorId::fileName).toList());
        assertThat(service.result(t.id(), IndicatorId.KWW_COUNTRY).join().source()).isNotEqualTo(IoOutput.Source.COMPUTED);
    }

    @Test
    void smile_curves_and_the_average_propagation_length_are_cached_per_chain() throws IOException {
        StoredIoTable t = importZip("chains.zip", IoTestFiles.generated(2, 2, 111), new ArrayList<>()).table();
        IoOutput smile = service.smileCurve(t.id(), "R2", "S1").join();
        assertThat(smile.table().indicator()).isEqualTo(IndicatorId.SMILE_CURVE);
        assertThat(service.smileCurve(t.id(), "R2", "S1").join().source()).isEqualTo(IoOutput.Source.MEMORY);
        assertThat(service.cachedOutputs(t.id())).containsExactly("smile_curve/1/0");
        assertThat(service.result(t.id(), IndicatorId.AVERAGE_PROPAGATION_LENGTH).join().table().rows()).hasSize(4);
        assertThatThrownBy(() -> service.smileCurve(t.id(), "R9", "S1")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void officials_may_browse_but_not_upload_or_delete() throws IOException {
        StoredIoTable t = importZip("roles.zip", IoTestFiles.generated(2, 2, 112), new ArrayList<>()).table();
        SignedIn.as("demo-official", "OFFICIAL");
        assertThat(service.canManage()).isFalse();
        assertThat(service.list()).extracting(StoredIoTable::id).contains(t.id());
        assertThatThrownBy(() -> service.newUploadFile("x.zip")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.delete(t.id())).isInstanceOf(UserFacingException.class);
        assertThat(service.get(t.id())).isEqualTo(t);
    }

    @Test
    void a_cluster_is_linked_to_a_region_sector_and_the_link_gives_the_model() throws IOException {
        StoredIoTable t = importZip("link.zip", IoTestFiles.generated(2, 3, 113), new ArrayList<>()).table();
        Cluster cluster = service.linkableClusters().get(0);

        IoLink link = service.link(cluster.id(), t.id(), "R2", "S3");

        assertThat(link.index()).isEqualTo(1 * 3 + 2);
        assertThat(service.linkOf(cluster.id())).contains(link);
        assertThat(service.linksTo(t.id())).extracting(l -> l.clusterId()).contains(cluster.id());
        IoModel model = service.model(link);
        assertThat(model.labels().get(link.index())).isEqualTo("R2_S3");
        assertThat(clusters.history(cluster.id())).extracting(AuditEntry::action).contains("io-link");
        assertThatThrownBy(() -> service.link(cluster.id(), t.id(), "R2", "S9"))
                .isInstanceOf(UserFacingException.class);

        service.unlink(cluster.id());
        assertThat(service.linkOf(cluster.id())).isEmpty();
        assertThat(clusters.history(cluster.id())).extracting(AuditEntry::action).contains("io-unlink");
    }

    @Test
    void a_cluster_of_another_jurisdiction_cannot_be_linked_or_read() throws IOException {
        StoredIoTable t = importZip("scope.zip", IoTestFiles.generated(2, 2, 114), new ArrayList<>()).table();
        List<Long> consultants = clusters.visible().stream().map(Cluster::id).toList();
        SignedIn.as("demo-official", "OFFICIAL");
        List<Long> officials = clusters.visible().stream().map(Cluster::id).toList();
        long dongguanCluster = consultants.stream().filter(id -> !officials.contains(id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> service.link(dongguanCluster, t.id(), "R1", "S1"))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> service.linkOf(dongguanCluster)).isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void deleting_a_table_removes_its_results_and_links_and_is_audited() throws IOException {
        StoredIoTable t = importZip("delete.zip", IoTestFiles.generated(2, 2, 115), new ArrayList<>()).table();
        service.result(t.id(), IndicatorId.EXPORTS_TOTAL).join();
        Cluster cluster = service.linkableClusters().get(1);
        service.link(cluster.id(), t.id(), "R1", "S2");

        service.delete(t.id());

        assertThatThrownBy(() -> service.get(t.id())).isInstanceOf(NotFoundInScopeException.class);
        assertThat(repository.resultKeys(t.checksum())).isEmpty();
        assertThat(service.linkOf(cluster.id())).isEmpty();
        assertThat(audit.history(adminScope(), "io_table", t.id())).extracting(AuditEntry::action)
                .containsExactly("delete", "create");
    }
}
