package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gvclab.core.io.TinyTables;
import org.gvclab.core.io.model.IoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OECD ICIO and WIOD 2016 readers on small files written here in each layout; both must give back the
 * hand-made two-region table of {@link TinyTables}.
 */
class FlatLayoutReadersTest {

    @TempDir
    Path tmp;

    private static void assertIsTinyTable(IoTable t) {
        assertIsTinyTable(t, "s1", "s2");
    }

    private static void assertIsTinyTable(IoTable t, String... sectors) {
        assertThat(t.regions()).containsExactly("AA", "BB");
        assertThat(t.sectors()).containsExactly(sectors);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(t.Z().get(i, j)).isEqualTo(TinyTables.Z[i][j]);
            }
            assertThat(t.Y().get(i, 0)).isCloseTo(TinyTables.Y[i][0], within(1e-12));
            assertThat(t.Y().get(i, 1)).isCloseTo(TinyTables.Y[i][1], within(1e-12));
            assertThat(t.x()[i]).isEqualTo(TinyTables.x()[i]);
            assertThat(t.va()[i]).isCloseTo(TinyTables.va()[i], within(1e-12));
        }
    }

    /** ICIO: Y split into HFCE and GFCF; value added split into VA and TLS; CHN-style split of region BB. */
    private static String icio(boolean splitBb) {
        List<String> cols = new ArrayList<>();
        String[] regs = splitBb ? new String[] {"AA", "CN1", "CN2"} : new String[] {"AA", "BB"};
        for (String r : regs) {
            cols.add(r + "_s1");
            cols.add(r + "_s2");
        }
        for (String r : regs) {
            cols.add(r + "_HFCE");
            cols.add(r + "_GFCF");
        }
        cols.add("OUT");
        StringBuilder sb = new StringBuilder("V1," + String.join(",", cols) + "\n");
        double[] x = TinyTables.x();
        double[] va = TinyTables.va();
        String[] rowRegs = splitBb ? new String[] {"AA", "AA", "CN1", "CN1", "CN2", "CN2"}
                : new String[] {"AA", "AA", "BB", "BB"};
        int rows = rowRegs.length;
        for (int i = 0; i < rows; i++) {
            // with the split, CN1 and CN2 carry half of BB's values each
            int src = splitBb ? (i < 2 ? i : 2 + (i % 2)) : i;
            double f = splitBb && i >= 2 ? 0.5 : 1.0;
            List<String> v = new ArrayList<>();
            v.add(rowRegs[i] + "_s" + (i % 2 + 1));
            for (int c = 0; c < rows; c++) {
                int dst = splitBb ? (c < 2 ? c : 2 + (c % 2)) : c;
                double g = splitBb && c >= 2 ? 0.5 : 1.0;
                v.add(Double.toString(TinyTables.Z[src][dst] * f * g));
            }
            int nReg = splitBb ? 3 : 2;
            for (int r = 0; r < nReg; r++) {
                int yr = splitBb ? (r == 0 ? 0 : 1) : r;
                double g = splitBb && r >= 1 ? 0.5 : 1.0;
                double y = TinyTables.Y[src][yr] * f * g;
                v.add(Double.toString(y * 0.75));
                v.add(Double.toString(y * 0.25));
            }
            v.add(Double.toString(x[src] * f));
            sb.append(String.join(",", v)).append('\n');
        }
        for (String label : new String[] {"TLS", "VA", "OUT"}) {
            List<String> v = new ArrayList<>();
            v.add(label);
            for (int c = 0; c < rows; c++) {
                int dst = splitBb ? (c < 2 ? c : 2 + (c % 2)) : c;
                double g = splitBb && c >= 2 ? 0.5 : 1.0;
                double value = switch (label) {
                    case "TLS" -> 0.1 * va[dst];
                    case "VA" -> 0.9 * va[dst];
                    default -> x[dst];
                };
                v.add(Double.toString(value * g));
            }
            for (int k = 0; k < (splitBb ? 6 : 4); k++) {
                v.add("0");
            }
            v.add("");
            sb.append(String.join(",", v)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void icio_csv_reads_with_taxes_counted_as_primary_inputs() throws IOException {
        Path p = tmp.resolve("ICIO2023_2020.csv");
        Files.writeString(p, icio(false));
        assertThat(TableFormat.detect(p)).isEqualTo(TableFormat.ICIO);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertIsTinyTable(t);
        assertThat(t.fdCategories()).containsExactly("HFCE", "GFCF");
        assertThat(t.yDetail().get(0, 0)).isCloseTo(15.0, within(1e-12));
        assertThat(t.notes()).anyMatch(n -> n.contains("TLS (taxes less subsidies on products)")
                && n.contains("kept as primary inputs"));
    }

    @Test
    void icio_china_and_mexico_splits_are_summed_into_one_region() throws IOException {
        Path p = tmp.resolve("split.csv");
        Files.writeString(p, icio(true).replace("CN1", "MX1").replace("CN2", "MX2"));
        IoTable t = IoTables.read(p, TableFormat.ICIO, ReadOptions.defaults());
        assertThat(t.regions()).containsExactly("AA", "MEX");
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(t.Z().get(i, j)).isCloseTo(TinyTables.Z[i][j], within(1e-12));
            }
            assertThat(t.x()[i]).isCloseTo(TinyTables.x()[i], within(1e-12));
        }
        assertThat(t.notes()).anyMatch(n -> n.contains("MX1"));
    }

    @Test
    void icio_without_a_value_added_row_is_rejected() throws IOException {
        Path p = tmp.resolve("nova.csv");
        Files.writeString(p, icio(false).replaceAll("(?m)^VA,.*\\n", ""));
        assertThatThrownBy(() -> IoTables.read(p, TableFormat.ICIO, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> assertThat(e.label()).isEqualTo("VA"));
    }

    /** The WIOT sheet: two title rows, four header rows, data rows, footer rows, a total column. */
    private static List<List<String>> wiot() {
        List<List<String>> rows = new ArrayList<>();
        String[] regs = {"AA", "BB"};
        rows.add(List.of("World Input-Output Table 2014"));
        rows.add(List.of("(millions of US$)"));
        List<String> codes = new ArrayList<>(List.of("", "", "", ""));
        List<String> names = new ArrayList<>(List.of("", "", "", ""));
        List<String> countries = new ArrayList<>(List.of("", "", "", ""));
        List<String> rnr = new ArrayList<>(List.of("", "", "", ""));
        int k = 1;
        for (String r : regs) {
            for (String s : new String[] {"c1", "c2"}) {
                codes.add(s);
                names.add("sector " + s);
                countries.add(r);
                rnr.add("c" + k++);
            }
        }
        for (String r : regs) {
            for (String f : new String[] {"CONS_h", "GFCF"}) {
                codes.add(f);
                names.add(f);
                countries.add(r);
                rnr.add("c" + k++);
            }
        }
        codes.add("TOT");
        names.add("Total output");
        countries.add("TOT");
        rnr.add("c" + k);
        rows.add(codes);
        rows.add(names);
        rows.add(countries);
        rows.add(rnr);
        double[] x = TinyTables.x();
        double[] va = TinyTables.va();
        for (int i = 0; i < 4; i++) {
            List<String> v = new ArrayList<>(List.of("c" + (i % 2 + 1), "sector", regs[i / 2], "r" + (i + 1)));
            for (int j = 0; j < 4; j++) {
                v.add(Double.toString(TinyTables.Z[i][j]));
            }
            for (int r = 0; r < 2; r++) {
                v.add(Double.toString(TinyTables.Y[i][r] * 0.5));
                v.add(Double.toString(TinyTables.Y[i][r] * 0.5));
            }
            v.add(Double.toString(x[i]));
            rows.add(v);
        }
        double[] colSum = new double[4];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                colSum[j] += TinyTables.Z[i][j];
            }
        }
        String[][] footer = {{"II_fob", "1"}, {"TXSP", "0.05"}, {"EXP_adj", "0"}, {"PURR", "0"}, {"PURNR", "0"},
            {"VA", "0.9"}, {"IntTTM", "0.05"}, {"GO", "x"}};
        for (String[] f : footer) {
            List<String> v = new ArrayList<>(List.of(f[0], "footer", "", "r" + f[0]));
            for (int j = 0; j < 4; j++) {
                double value = switch (f[0]) {
                    case "II_fob" -> colSum[j];
                    case "GO" -> x[j];
                    default -> Double.parseDouble(f[1]) * va[j];
                };
                v.add(Double.toString(value));
            }
            rows.add(v);
        }
        return rows;
    }

    @Test
    void wiod_csv_export_reads() throws IOException {
        Path p = tmp.resolve("WIOT2014_Nov16_ROW.csv");
        StringBuilder sb = new StringBuilder();
        for (List<String> r : wiot()) {
            sb.append(String.join(",", r)).append('\n');
        }
        Files.writeString(p, sb.toString());
        assertThat(TableFormat.detect(p)).isEqualTo(TableFormat.WIOD);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertIsTinyTable(t, "c1", "c2");
        assertThat(t.fdCategories()).containsExactly("CONS_h", "GFCF");
        assertThat(t.notes()).anyMatch(n -> n.startsWith("read as WIOD, 2016 release"));
        assertThat(t.notes()).anyMatch(n -> n.contains("kept as primary inputs") && n.contains("TXSP"));
    }

    @Test
    void wiod_xlsx_reads_streaming_with_numbers_at_full_precision() throws IOException {
        Path p = tmp.resolve("WIOT2014_Nov16_ROW.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50); OutputStream out = Files.newOutputStream(p)) {
            Sheet sheet = wb.createSheet("2014");
            int r = 0;
            for (List<String> cells : wiot()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    String s = cells.get(c);
                    if (s.isEmpty()) {
                        continue;
                    }
                    try {
                        row.createCell(c).setCellValue(Double.parseDouble(s));
                    } catch (NumberFormatException e) {
                        row.createCell(c).setCellValue(s);
                    }
                }
            }
            wb.write(out);
        }
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertIsTinyTable(t, "c1", "c2");
    }

    @Test
    void wiod_with_isic_industry_codes_and_a_banner_in_the_first_column_reads_too() throws IOException {
        // WIOD 2016 sheets carry ISIC codes (A01, A02, …) in the code row and column, c1… as row numbers
        Path p = tmp.resolve("WIOT_isic.csv");
        StringBuilder sb = new StringBuilder();
        for (List<String> r : wiot()) {
            List<String> cells = new ArrayList<>(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).equals("c1") && c != 3) {
                    cells.set(c, "A01");
                } else if (cells.get(c).equals("c2") && c != 3) {
                    cells.set(c, "A02");
                }
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        String text = sb.toString().replaceFirst("\n,,,,", "\nWIOD Release 2016,,,,");
        Files.writeString(p, text);
        IoTable t = IoTables.read(p, TableFormat.WIOD, ReadOptions.defaults());
        assertIsTinyTable(t, "A01", "A02");
    }

    @Test
    void wiod_non_numeric_cell_is_named() throws IOException {
        Path p = tmp.resolve("bad.csv");
        StringBuilder sb = new StringBuilder();
        for (List<String> r : wiot()) {
            sb.append(String.join(",", r)).append('\n');
        }
        Files.writeString(p, sb.toString().replaceFirst(",10.0,", ",ten,"));
        assertThatThrownBy(() -> IoTables.read(p, TableFormat.WIOD, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.label()).isEqualTo("c1/AA");
                    assertThat(e.getMessage()).contains("'ten'");
                });
    }
}
