package org.gvclab.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code io} and {@code bench} commands as a user runs them. */
class GvcLabCliTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GvcLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path leather() {
        String dir = System.getProperty("gvclab.golden.dir");
        Path p = dir == null ? null : Path.of(dir, "leather", "input");
        if (p == null || !Files.isDirectory(p)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but the golden data is missing at " + p);
            }
            abort("golden data not found (gvclab.golden.dir); skipped");
        }
        return p;
    }

    @Test
    void io_writes_one_csv_per_requested_indicator_named_like_the_golden_file() throws IOException {
        Path outDir = tmp.resolve("out");
        int rc = run("io", "--table", leather().toString(), "--out", outDir.toString(), "--only",
                "kww_country,exports_total");
        assertThat(rc).as(err.toString()).isZero();
        try (var files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("exports_total.csv", "kww_country.csv");
        }
        List<String> kww = Files.readAllLines(outDir.resolve("kww_country.csv"));
        assertThat(kww.get(0)).isEqualTo("Country,DVA_FIN,DVA_INT,DVA_INTrex,RDV_FIN,RDV_INT,DDC,FVA_FIN,FVA_INT,FDC");
        assertThat(kww).hasSize(4);
        assertThat(kww.get(1)).startsWith("Argentina,19.349404645661");
        assertThat(err.toString()).contains("3 regions × 3 sectors");
    }

    @Test
    void io_with_progress_says_the_cost_before_reading_and_reports_each_output_as_it_is_written() throws IOException {
        Path table = tmp.resolve("generated");
        assertThat(run("bench", "--generate", table.toString(), "--regions", "3", "--sectors", "4")).isZero();
        int rc = run("io", "--table", table.toString(), "--out", tmp.resolve("out").toString(), "--only",
                "leontief_inverse_B,kww_country,exports_total", "--progress");
        assertThat(rc).as(err.toString()).isZero();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).contains("12 rows (3 regions × 4 sectors)").contains("3 outputs will need about")
                .contains("GB of CSV").endsWith("reading it now");
        assertThat(lines).filteredOn(l -> l.startsWith("[")).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("[1/3] leontief_inverse_B written"))
                .anyMatch(l -> l.startsWith("[2/3] kww_country written"))
                .anyMatch(l -> l.startsWith("[3/3] exports_total written"));
        // the generated table is written with full precision, and the outputs read back
        String b = Files.readAllLines(tmp.resolve("out").resolve("leontief_inverse_B.csv")).get(1);
        assertThat(b.split(",")[1]).hasSizeGreaterThan(12);
    }

    @Test
    void io_writes_all_21_outputs_by_default() throws IOException {
        Path outDir = tmp.resolve("all");
        assertThat(run("io", "--table", leather().toString(), "--out", outDir.toString())).isZero();
        try (var files = Files.list(outDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".csv")).count()).isEqualTo(21);
        }
    }

    @Test
    void bad_input_exits_with_status_two_and_names_the_file() throws IOException {
        Path table = tmp.resolve("bad");
        Files.createDirectories(table);
        Files.writeString(table.resolve("Z.csv"), "id,A_x,A_y\nA_x,1,zz\nA_y,0,1\n");
        Files.writeString(table.resolve("Y.csv"), "id,A\nA_x,1\nA_y,1\n");
        int rc = run("io", "--table", table.toString(), "--out", tmp.resolve("o").toString());
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("Z.csv, line 2, label 'A_x'").contains("'zz'");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void a_singular_table_fails_before_any_output_is_written() throws IOException {
        Path table = tmp.resolve("singular");
        Files.createDirectories(table);
        Files.writeString(table.resolve("Z.csv"), "id,A_x,A_y\nA_x,5,0\nA_y,0,1\n");
        Files.writeString(table.resolve("Y.csv"), "id,A\nA_x,0\nA_y,1\n");
        Files.writeString(table.resolve("X.csv"), "id,A_x,A_y\nX,5,2\n");
        Files.writeString(table.resolve("VA.csv"), "id,A_x,A_y\nVA,0,1\n");
        Path outDir = tmp.resolve("o");
        int rc = run("io", "--table", table.toString(), "--out", outDir.toString(), "--only",
                "exports_total,leontief_inverse_B");
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("I − A").contains("singular").contains("A_x");
        if (Files.exists(outDir)) {
            try (var files = Files.list(outDir)) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

    @Test
    void the_smile_curve_of_a_chosen_chain_is_written_with_its_apl() throws IOException {
        Path outDir = tmp.resolve("smile");
        int rc = run("io", "--table", leather().toString(), "--out", outDir.toString(), "--only",
                "smile_curve,average_propagation_length", "--chain", "Germany_Transport_Equipment");
        assertThat(rc).as(err.toString()).isZero();
        List<String> smile = Files.readAllLines(outDir.resolve("smile_curve.csv"));
        assertThat(smile.get(0)).isEqualTo("country,sector,value_added,share,apl_to_final_producer,"
                + "stages_to_final_demand");
        assertThat(smile).hasSize(10); // all 9 region-sectors take part in this small, dense table
        assertThat(smile.get(9)).startsWith("Germany,Transport_Equipment,");
        assertThat(Files.readAllLines(outDir.resolve("average_propagation_length.csv"))).hasSize(10);
        assertThat(run("io", "--table", leather().toString(), "--out", outDir.toString(), "--only", "smile_curve"))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_output_name_is_a_usage_error() {
        assertThat(run("io", "--table", "x", "--out", "y", "--only", "nonsense")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown output 'nonsense'");
    }

    @Test
    void bench_generates_a_balanced_table_that_reads_back() {
        Path dir = tmp.resolve("gen");
        assertThat(run("bench", "--generate", dir.toString(), "--regions", "3", "--sectors", "4")).isZero();
        Path outDir = tmp.resolve("genout");
        assertThat(run("io", "--table", dir.toString(), "--out", outDir.toString(), "--balance-tolerance", "1e-12",
                "--only", "upstreamness_downstreamness")).as(err.toString()).isZero();
        assertThat(outDir.resolve("upstreamness_downstreamness.csv")).exists();
    }

    @Test
    void io_detects_an_icio_2018_file_names_the_release_and_lists_how_its_rows_were_kept() throws IOException {
        List<String> sectors = List.of("01T03", "10T12");
        Path csv = org.gvclab.core.io.ReleaseFiles.write(tmp.resolve("ICIO2018_2015.CSV"),
                org.gvclab.core.io.ReleaseFiles.icio(org.gvclab.core.io.ReleaseFiles.Icio.R2018,
                        org.gvclab.core.io.HandTable.table(sectors, "HFCE", "GFCF"), sectors,
                        org.gvclab.core.io.ReleaseFiles.IcioOptions.plain()));
        int rc = run("io", "--table", csv.toString(), "--out", tmp.resolve("out").toString(), "--only",
                "exports_total");
        assertThat(rc).as(err.toString()).isZero();
        assertThat(err.toString()).contains("note: read as OECD ICIO, 2018 release: final demand named country first"
                + " (such as AUS_HFCE) and a TOTAL column").contains("VALU (value added)")
                .contains("2 regions × 2 sectors");
    }

    @Test
    void io_refuses_a_file_of_no_known_layout_with_the_layouts_tried_and_exit_status_2() throws IOException {
        Path csv = Files.writeString(tmp.resolve("prices.csv"), "id,foo,bar\nA,1,2\n");
        int rc = run("io", "--table", csv.toString(), "--out", tmp.resolve("out").toString());
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: prices.csv: matches no known layout. Tried: OECD ICIO")
                .contains("WIOD 2013 and 2016").contains("golden CSV layout");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
