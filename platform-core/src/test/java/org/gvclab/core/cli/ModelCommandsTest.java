package org.gvclab.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.cluster.CsvRecords;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code diagnose} and {@code strategies} commands as an analyst runs them (the contract of issue 10). */
class ModelCommandsTest {

    @TempDir
    Path tmp;

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return GvcLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The demo cluster's records as the cluster page exports them, and its answers. */
    private Path[] demo(String id) throws IOException {
        SampleCluster c = SampleClusters.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Path csv = tmp.resolve(id + ".csv");
        try (OutputStream o = Files.newOutputStream(csv)) {
            CsvRecords.write(o, c.records());
        }
        Path answers = tmp.resolve(id + ".json");
        var g = c.governance();
        var a = c.architecture();
        Files.writeString(answers, "{\"gov_complexity\": " + scale(g.complexity()) + ", \"gov_codifiability\": "
                + scale(g.codifiability()) + ", \"gov_capability\": " + scale(g.supplierCapability())
                + ", \"components\": " + a.componentInputs() + ", \"sequential\": " + a.sequentialStages()
                + ", \"stages\": " + a.stageCount() + ", \"parallel\": " + a.parallelAssembly()
                + ", \"transforms\": " + a.transformsMaterial() + "}");
        return new Path[] {csv, answers};
    }

    private static int scale(org.gvclab.core.cluster.Level l) {
        return l == org.gvclab.core.cluster.Level.HIGH ? 4 : 2;
    }

    @Test
    void diagnose_prints_the_index_the_five_factors_the_shapes_and_the_reasons() throws IOException {
        Path[] d = demo("zhuji-socks");
        assertThat(run("diagnose", "--records", d[0].toString(), "--answers", d[1].toString())).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("year").asInt()).isEqualTo(2023);
        assertThat(j.get("lock_in").get("index").asDouble()).isBetween(0.0, 100.0);
        assertThat(j.get("lock_in").get("factors").fieldNames()).toIterable().containsExactly("TECHNOLOGY_GAP",
                "RULES_AND_STANDARDS", "NATIONAL_STRATEGY", "INTERNATIONAL_POLITICS", "INDUSTRIAL_INNOVATION");
        assertThat(j.get("architecture").asText()).isEqualTo("SNAKE");
        assertThat(j.get("governance").asText()).isEqualTo("CAPTIVE");
        assertThat(j.get("path").asText()).isIn("PLATFORM", "BOTH");
        assertThat(j.get("stage").asText()).isEqualTo("PRODUCT");
        assertThat(j.get("reasons").get(0).get("en").asText()).contains("specialised-market turnover");
        assertThat(j.get("reasons").get(0).get("zh").asText()).contains("专业市场");
        assertThat(j.has("io_evidence")).isFalse();
        assertThat(err.size()).isZero();
    }

    @Test
    void diagnose_of_an_earlier_year_reads_the_records_up_to_it() throws IOException {
        Path[] d = demo("zhuji-socks");
        assertThat(run("diagnose", "--records", d[0].toString(), "--year", "2021")).as(err.toString()).isZero();
        assertThat(json().get("year").asInt()).isEqualTo(2021);
        assertThat(run("diagnose", "--records", d[0].toString(), "--year", "2030")).isEqualTo(2);
        assertThat(err.toString()).contains("no record for year 2030");
        assertThat(out.size()).isZero();
    }

    @Test
    void the_io_evidence_of_diagnose_equals_what_the_io_command_computes() throws IOException {
        Path table = TinyTable.write(tmp.resolve("table"));
        Path[] d = demo("zhuji-socks");
        Path io = tmp.resolve("io");
        assertThat(run("io", "--table", table.toString(), "--out", io.toString(), "--only",
                "upstreamness_downstreamness,gvc_participation_sector,bm_sector_exporter_source")).as(err.toString()).isZero();
        assertThat(run("diagnose", "--records", d[0].toString(), "--answers", d[1].toString(), "--io-table",
                table.toString(), "--link", "AA_s1")).as(err.toString()).isZero();
        JsonNode e = json().get("io_evidence");
        assertThat(e.get("link").asText()).isEqualTo("AA_s1");
        assertThat(e.get("upstreamness").asDouble()).isEqualTo(csv(io, "upstreamness_downstreamness", "AA_s1", "upstreamness"));
        assertThat(e.get("downstreamness").asDouble()).isEqualTo(csv(io, "upstreamness_downstreamness", "AA_s1", "downstreamness"));
        assertThat(e.get("gvc_participation_backward").asDouble())
                .isEqualTo(csv(io, "gvc_participation_sector", "AA,s1", "gvcp_trade_b"));
        assertThat(e.get("gvc_participation_forward").asDouble())
                .isEqualTo(csv(io, "gvc_participation_sector", "AA,s1", "gvcp_trade_f"));
        assertThat(e.get("dva_share_of_exports").asDouble()).isEqualTo(
                csv(io, "bm_sector_exporter_source", "AA,s1", "DVA") / csv(io, "bm_sector_exporter_source", "AA,s1", "GEXP"));
        // the sector's inputs: column AA_s1 of Z is (10, 4, 2, 1): sector s1 supplies 10 + 2 of 17
        assertThat(e.get("top_supplier").asText()).isEqualTo("s1");
        assertThat(e.get("top_supplier_share").asDouble()).isEqualTo(12.0 / 17, org.assertj.core.api.Assertions.within(1e-12));
        // the DVA share now counts among the outcomes of lock-in, against the region's share in the same table
        assertThat(json().get("lock_in").get("outcomes").has("dva_share_of_exports")).isTrue();
    }

    /** The value of a column in the row whose key columns join to {@code key}, from an {@code io} output CSV. */
    private static double csv(Path dir, String name, String key, String column) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(name + ".csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int c = header.indexOf(column);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(key + ",")) {
                return Double.parseDouble(line.split(",")[c]);
            }
        }
        throw new AssertionError("no row " + key + " in " + name);
    }

    @Test
    void strategies_prints_every_outcome_band_and_the_same_seed_gives_the_same_bytes() throws IOException {
        Path[] d = demo("jinjiang-footwear");
        String[] args = {"strategies", "--records", d[0].toString(), "--answers", d[1].toString(), "--strategies",
                "S0,S1,S3", "--horizon", "5", "--draws", "60", "--seed", "7"};
        assertThat(run(args)).as(err.toString()).isZero();
        byte[] first = out.toByteArray();
        JsonNode j = json();
        assertThat(j.get("base_year").asInt()).isEqualTo(2023);
        assertThat(j.get("horizon").asInt()).isEqualTo(5);
        assertThat(j.get("seed").asLong()).isEqualTo(7);
        assertThat(j.get("draws").asInt()).isEqualTo(60);
        List<String> ids = new ArrayList<>();
        for (JsonNode s : j.get("strategies")) {
            ids.add(s.get("id").asText());
            assertThat(s.get("rank").asInt()).isBetween(1, 3);
            for (String o : List.of("value_added", "va_rate", "obm_share", "lock_in", "employment", "fiscal_cost",
                    "npv_net_benefit")) {
                JsonNode b = s.get("outcomes").get(o);
                assertThat(b).as(o).isNotNull();
                assertThat(b.get("p10").asDouble()).as(o).isLessThanOrEqualTo(b.get("p50").asDouble());
                assertThat(b.get("p50").asDouble()).as(o).isLessThanOrEqualTo(b.get("p90").asDouble());
            }
        }
        assertThat(ids).containsExactly("S0", "S1", "S3");
        assertThat(j.get("strategies").get(0).get("outcomes").get("npv_net_benefit").get("p50").asDouble()).isZero();
        assertThat(run(args)).isZero();
        assertThat(out.toByteArray()).isEqualTo(first);
        args[args.length - 1] = "8";
        assertThat(run(args)).isZero();
        assertThat(out.toByteArray()).isNotEqualTo(first);
    }

    @Test
    void a_bad_value_in_the_records_names_file_row_and_column_and_prints_nothing() throws IOException {
        Path[] d = demo("zhuji-socks");
        List<String> lines = new ArrayList<>(Files.readAllLines(d[0]));
        lines.set(3, lines.get(3).replaceFirst("^2021,[0-9]+,", "2021,lots,"));
        Files.write(d[0], lines);
        assertThat(run("diagnose", "--records", d[0].toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString()).contains(d[0].toString()).contains("row 4").contains("column 2").contains("firms");
        assertThat(run("strategies", "--records", d[0].toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void bad_answers_name_the_file_and_the_key_or_position() throws IOException {
        Path[] d = demo("zhuji-socks");
        Files.writeString(d[1], "{\"gov_complexity\": 7, \"gov_codifiability\": 4, \"gov_capability\": 2}");
        assertThat(run("diagnose", "--records", d[0].toString(), "--answers", d[1].toString())).isEqualTo(2);
        assertThat(err.toString()).contains(d[1].toString()).contains("key gov_complexity").contains("1–5");
        Files.writeString(d[1], "{\"components\": 3,\n \"sequential\": tru}");
        assertThat(run("diagnose", "--records", d[0].toString(), "--answers", d[1].toString())).isEqualTo(2);
        assertThat(err.toString()).contains(d[1].toString()).contains("row 2, column");
        Files.writeString(d[1], "{\"colour\": \"red\"}");
        assertThat(run("diagnose", "--records", d[0].toString(), "--answers", d[1].toString())).isEqualTo(2);
        assertThat(err.toString()).contains("key colour: unknown answer");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_base_year_without_what_the_projection_needs_names_its_row_and_column() throws IOException {
        Path csv = tmp.resolve("thin.csv");
        Files.writeString(csv, "year,firms,employees,gross_output,sales,domestic_sales\n2022,10,100,1000,1000,600\n"
                + "2023,10,100,1100,1100,700\n");
        assertThat(run("strategies", "--records", csv.toString(), "--draws", "10")).isEqualTo(2);
        assertThat(err.toString()).contains(csv.toString()).contains("row 3").contains("column value_added");
        assertThat(out.size()).isZero();
    }

    @Test
    void an_unknown_link_or_strategy_is_refused_with_exit_status_2() throws IOException {
        Path table = TinyTable.write(tmp.resolve("table"));
        Path[] d = demo("zhuji-socks");
        assertThat(run("diagnose", "--records", d[0].toString(), "--io-table", table.toString(), "--link", "ZZ_s9"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--link ZZ_s9").contains("AA_s1");
        assertThat(run("strategies", "--records", d[0].toString(), "--strategies", "S0,S9")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown strategy 'S9'");
        assertThat(out.size()).isZero();
    }

    /** A balanced two-region, two-sector table written by hand in the golden layout. */
    static final class TinyTable {
        static final List<String> LABELS = List.of("AA_s1", "AA_s2", "BB_s1", "BB_s2");
        static final double[][] Z = {{10, 5, 2, 1}, {4, 8, 1, 3}, {2, 1, 12, 6}, {1, 2, 5, 9}};
        static final double[][] Y = {{20, 2}, {15, 4}, {3, 25}, {2, 18}};

        static Path write(Path dir) throws IOException {
            Files.createDirectories(dir);
            double[] x = new double[4];
            double[] va = new double[4];
            List<String> z = new ArrayList<>(List.of("id," + String.join(",", LABELS)));
            List<String> y = new ArrayList<>(List.of("id,AA,BB"));
            for (int i = 0; i < 4; i++) {
                x[i] = Z[i][0] + Z[i][1] + Z[i][2] + Z[i][3] + Y[i][0] + Y[i][1];
                z.add(LABELS.get(i) + "," + join(Z[i]));
                y.add(LABELS.get(i) + "," + join(Y[i]));
            }
            for (int j = 0; j < 4; j++) {
                va[j] = x[j] - (Z[0][j] + Z[1][j] + Z[2][j] + Z[3][j]);
            }
            Files.write(dir.resolve("Z.csv"), z);
            Files.write(dir.resolve("Y.csv"), y);
            Files.write(dir.resolve("X.csv"), List.of("id," + String.join(",", LABELS), "X," + join(x)));
            Files.write(dir.resolve("VA.csv"), List.of("id," + String.join(",", LABELS), "VA," + join(va)));
            Files.write(dir.resolve("countries.txt"), List.of("AA", "BB"));
            Files.write(dir.resolve("sectors.txt"), List.of("s1", "s2"));
            return dir;
        }

        private static String join(double[] v) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                b.append(i == 0 ? "" : ",").append(v[i]);
            }
            return b.toString();
        }
    }
}
