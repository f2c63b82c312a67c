package org.gvclab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard output on every public golden table, through the same path as the command line (read the
 * input directory, compute, write CSV text) and compared with the peer tools' expected files: same header, same
 * keys in the same order, numbers within {@code 1e-9·max|expected column| + 1e-12}, NaN exactly where NaN.
 */
class GoldenTablesTest {

    private static final List<String> TABLES = List.of("leather", "pymrio_test", "wiod2011agg");
    private static final Map<String, IoModel> MODELS = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> a = new ArrayList<>();
        for (String t : TABLES) {
            for (IndicatorId id : IndicatorId.tableOutputs()) {
                a.add(Arguments.of(t, id));
            }
        }
        return a.stream();
    }

    private static IoModel model(String table, LinearSolver solver) {
        return MODELS.computeIfAbsent(table + "/" + solver.name(), k -> new IoModel(
                IoTables.readGolden(GoldenData.dir().resolve(table).resolve("input"), ReadOptions.defaults()), solver));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void output_matches_the_peer_tools_golden_file(String table, IndicatorId id) throws IOException {
        compare(table, id, LinearSolver.best());
    }

    @ParameterizedTest(name = "{0} {1} (pure Java)")
    @MethodSource("cases")
    void output_matches_with_the_pure_java_solver_too(String table, IndicatorId id) throws IOException {
        compare(table, id, LinearSolver.ejml());
    }

    private void compare(String table, IndicatorId id, LinearSolver solver) throws IOException {
        Path expectedDir = GoldenData.dir().resolve(table).resolve("expected");
        String csv = Indicators.compute(model(table, solver), id).toCsv();
        List<List<String>> actual = Csv.parse(new StringReader(csv));
        if (id == IndicatorId.UPSTREAMNESS_DOWNSTREAMNESS && !Files.exists(expectedDir.resolve(
                "upstreamness_downstreamness__gvc.csv"))) {
            compareUpstreamnessWithoutGvc(expectedDir, actual);
            return;
        }
        Path expected = expectedFile(expectedDir, id.fileName());
        GoldenComparison.assertSameTable(Csv.read(expected), actual, expected.getFileName().toString());
    }

    /**
     * Where gvc::upstream() failed (zero-output sectors, golden README §1 "wiod2011agg"), downstreamness is
     * checked against {@code downstreamness__gvc.csv} and upstreamness against the ADB forward production length
     * PLv (which equals upstreamness, README §4.6) for the sectors with x > 0.
     */
    private static void compareUpstreamnessWithoutGvc(Path expectedDir, List<List<String>> actual) throws IOException {
        List<List<String>> down = Csv.read(expectedDir.resolve("downstreamness__gvc.csv"));
        List<List<String>> mine = new ArrayList<>();
        for (List<String> r : actual) {
            mine.add(List.of(r.get(0), r.get(2)));
        }
        GoldenComparison.assertSameTable(down, mine, "downstreamness__gvc.csv");
        List<List<String>> pl = Csv.read(expectedFile(expectedDir, "production_length_sector"));
        int plv = pl.get(0).indexOf("PLv");
        List<List<String>> expectedU = new ArrayList<>();
        List<List<String>> actualU = new ArrayList<>();
        expectedU.add(List.of("id", "upstreamness"));
        actualU.add(List.of("id", "upstreamness"));
        for (int i = 1; i < pl.size(); i++) {
            if ("NaN".equals(pl.get(i).get(plv))) {
                continue; // x = 0: no forward length
            }
            expectedU.add(List.of(pl.get(i).get(0) + "_" + pl.get(i).get(1), pl.get(i).get(plv)));
            actualU.add(List.of(actual.get(i).get(0), actual.get(i).get(1)));
        }
        assertThat(expectedU).hasSizeGreaterThan(2);
        GoldenComparison.assertSameTable(expectedU, actualU, "production_length_sector PLv");
    }

    private static Path expectedFile(Path dir, String name) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> match = files.filter(p -> p.getFileName().toString().startsWith(name + "__")
                    && p.getFileName().toString().endsWith(".csv")).toList();
            if (match.isEmpty()) {
                abort("no golden file " + name + "__*.csv for " + dir.getParent().getFileName()
                        + " (the peer could not run on this table; golden README §4.6)");
            }
            assertThat(match).as("golden files for " + name).hasSize(1);
            return match.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
