package org.gvclab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.LayoutDetection;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real WIOD table of the golden data ({@code wiod2011agg}: 7 regions × the 35 industries of the WIOD 2013
 * release, zero-output sectors and negative final demand included) written in the WIOD 2013 workbook layout and in
 * the OECD ICIO 2018 layout (China split into CN1 and CN2, one tax row per country), read back with detection, and
 * compared with the peer tools' golden outputs: the KWW decomposition (R decompr) and the Leontief inverse
 * (decompr), within the golden comparison's tolerance.
 */
class ReleaseLayoutsGoldenTest {

    /** The 35 industries of the WIOD 2013 release as ISIC Rev. 3 codes (exvatools' names for c1 … c35). */
    private static final List<String> ISIC3 = List.of("C01T05", "C10T14", "C15T16", "C17T18", "C19", "C20", "C21T22",
            "C23", "C24", "C25", "C26", "C27T28", "C29", "C30T33", "C34T35", "C36T37", "C40T41", "C45", "C50", "C51",
            "C52", "C55", "C60", "C61", "C62", "C63", "C64", "C65T67", "C70", "C71T74", "C75", "C80", "C85", "C90T93",
            "C95T97");

    @TempDir
    Path tmp;

    private static IoTable golden() {
        return IoTables.readGolden(GoldenData.dir().resolve("wiod2011agg").resolve("input"), ReadOptions.defaults());
    }

    /** The golden table with its categories renamed (c37 … c42 → {@code categories}) and a tenth of va as taxes. */
    private static ReleaseFiles.Table asRelease(IoTable g, List<String> sectors, List<String> categories) {
        int n = g.n();
        double[][] z = new double[n][n];
        double[][] y = new double[n][g.yDetail().cols()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = g.Z().get(i, j);
            }
            for (int c = 0; c < y[i].length; c++) {
                y[i][c] = g.yDetail().get(i, c);
            }
        }
        double[] tls = new double[n];
        double[] vaNet = new double[n];
        for (int j = 0; j < n; j++) {
            tls[j] = Math.floor(g.va()[j] / 10);
            vaNet[j] = g.va()[j] - tls[j];
        }
        assertThat(g.fdCategories()).containsExactly("c37", "c38", "c39", "c41", "c42");
        return new ReleaseFiles.Table(g.regions(), sectors, z, y, categories, tls, vaNet, g.x());
    }

    private static void assertMatchesGolden(IoTable t, List<String> sectors) throws IOException {
        Path expected = GoldenData.dir().resolve("wiod2011agg").resolve("expected");
        IoModel m = IoModel.of(t);
        GoldenComparison.assertSameTable(Csv.read(expected.resolve("kww_country__decompr.csv")),
                Csv.parse(new StringReader(Indicators.compute(m, IndicatorId.KWW_COUNTRY).toCsv())), "kww_country");
        // the golden files name industries c1 … c35: rename ours back by position
        String b = Indicators.compute(m, IndicatorId.LEONTIEF_INVERSE_B).toCsv();
        List<List<String>> actual = new ArrayList<>();
        for (List<String> row : Csv.parse(new StringReader(b))) {
            List<String> renamed = new ArrayList<>();
            for (String cell : row) {
                int u = cell.indexOf('_');
                int s = u > 0 ? sectors.indexOf(cell.substring(u + 1)) : -1;
                renamed.add(s >= 0 ? cell.substring(0, u) + "_c" + (s + 1) : cell);
            }
            actual.add(renamed);
        }
        GoldenComparison.assertSameTable(Csv.read(expected.resolve("leontief_inverse_B__decompr.csv")), actual,
                "leontief_inverse_B");
    }

    @Test
    void the_golden_wiod_table_written_as_a_wiod_2013_workbook_reads_to_the_peer_tools_results() throws IOException {
        IoTable g = golden();
        List<String> numbers = new ArrayList<>();
        for (int s = 1; s <= 35; s++) {
            numbers.add("c" + s);
        }
        List<List<String>> rows = ReleaseFiles.wiot(2013, asRelease(g, ISIC3, g.fdCategories()), ISIC3, numbers);
        Path p = ReleaseFiles.xlsx(rows, tmp.resolve("wiot11_row_sep12.xlsx"));
        assertThat(LayoutDetection.detect(p).release()).isEqualTo(TableRelease.WIOD_2013);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertThat(t.regions()).isEqualTo(g.regions());
        assertThat(t.Z().data()).isEqualTo(g.Z().data());
        assertThat(t.Y().data()).isEqualTo(g.Y().data());
        assertMatchesGolden(t, ISIC3);
    }

    @Test
    void the_golden_wiod_table_written_as_an_icio_2018_csv_with_china_split_reads_to_the_peer_tools_results()
            throws IOException {
        IoTable g = golden();
        List<String> sectors = ISIC3.stream().map(s -> s.substring(1)).toList();
        ReleaseFiles.Table table = asRelease(g, sectors, List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT"));
        Path p = ReleaseFiles.write(tmp.resolve("ICIO2018_2011.CSV"), ReleaseFiles.icio(ReleaseFiles.Icio.R2018,
                table, sectors, new ReleaseFiles.IcioOptions(true, null, false, Set.of(), false)));
        assertThat(LayoutDetection.detect(p).release()).isEqualTo(TableRelease.ICIO_2018);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertThat(t.regions()).isEqualTo(g.regions());
        assertMatchesGolden(t, sectors);
    }
}
