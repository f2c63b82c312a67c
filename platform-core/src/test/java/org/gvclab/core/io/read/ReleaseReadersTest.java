package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gvclab.core.io.HandTable;
import org.gvclab.core.io.ReleaseFiles;
import org.gvclab.core.io.ReleaseFiles.Icio;
import org.gvclab.core.io.ReleaseFiles.IcioOptions;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small file per release, written here in the layout the release is published in ({@link ReleaseFiles}), read
 * with format detection, and checked against {@link HandTable}: Z, Y, va and x exactly, the Leontief inverse against
 * the one worked out by hand, and the notes that say which release was recognised and how its primary-input rows
 * were kept.
 */
class ReleaseReadersTest {

    private static final double[] DISC = {2, 0, 0, 0, 0, 0, -1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @TempDir
    Path tmp;

    /** The table read is the hand table, and its Leontief inverse is the one computed by hand. */
    private static void assertIsHandTable(IoTable t, String s1, String s2) {
        assertThat(t.regions()).containsExactly("AUS", "CHN");
        assertThat(t.sectors()).containsExactly(s1, s2);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(t.Z().get(i, j)).as("Z[%d][%d]", i, j).isEqualTo(HandTable.Z[i][j]);
            }
            assertThat(t.Y().get(i, 0)).as("Y[%d][AUS]", i).isEqualTo(HandTable.Y[i][0]);
            assertThat(t.Y().get(i, 1)).as("Y[%d][CHN]", i).isEqualTo(HandTable.Y[i][1]);
            assertThat(t.x()[i]).as("x[%d]", i).isEqualTo(HandTable.X[i]);
            assertThat(t.va()[i]).as("va[%d]", i).isEqualTo(HandTable.VA[i]);
        }
        DenseMatrix b = IoModel.of(t).B();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(b.get(i, j)).as("L[%d][%d]", i, j).isCloseTo(HandTable.L[i][j], within(1e-14));
            }
        }
    }

    private static double yDetail(IoTable t, int row, String region, String category) {
        int f = t.fdCategories().indexOf(category);
        assertThat(f).as("category " + category).isNotNegative();
        return t.yDetail().get(row, t.regions().indexOf(region) * t.fdCategories().size() + f);
    }

    private Path icio(String name, Icio release, List<String> sectors, IcioOptions o) {
        return ReleaseFiles.write(tmp.resolve(name), ReleaseFiles.icio(release, HandTable.table(sectors, "HFCE",
                "GFCF"), sectors, o));
    }

    private static IoTable readDetected(Path p, TableRelease expected) {
        Detection d = LayoutDetection.detect(p);
        assertThat(d.release()).as(d.describe().en()).isEqualTo(expected);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());
        assertThat(t.notes().get(0)).isEqualTo(d.describe().en());
        return t;
    }

    @Test
    void icio_2016_reads_category_first_final_demand_the_disc_column_and_the_va_plus_taxsub_row() {
        List<String> sectors = List.of("C01T05AGR", "C15T16FOD");
        Path p = icio("ICIO2016_2011.csv", Icio.R2016, sectors, new IcioOptions(true, DISC, false, Set.of(), false));
        IoTable t = readDetected(p, TableRelease.ICIO_2016);
        assertIsHandTable(t, "C01T05AGR", "C15T16FOD");
        assertThat(t.notes().get(0)).isEqualTo("read as OECD ICIO, 2016 release: final-demand columns named category"
                + " first (such as HFCE_AUS)");
        // DISC stays with the producing region: AUS_s1 +2, CHN_s1 (from CN2) −1.5, taken out of HFCE
        assertThat(yDetail(t, 0, "AUS", "DISC")).isEqualTo(2.0);
        assertThat(yDetail(t, 0, "AUS", "HFCE")).isEqualTo(50 * HandTable.HOUSEHOLDS - 2);
        assertThat(yDetail(t, 2, "CHN", "DISC")).isEqualTo(-1.5);
        assertThat(yDetail(t, 2, "CHN", "HFCE")).isEqualTo(50 * HandTable.HOUSEHOLDS + 1.5);
        assertThat(t.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): VA+TAXSUB"
                + " (value added and taxes less subsidies on products); gross output x is the OUT row");
        assertThat(t.notes()).contains("regions CN1, CN2 summed into CHN, rows and columns (as pymrio does)");
        assertThat(t.notes()).anyMatch(n -> n.startsWith("assumption: the DISC column (statistical discrepancy, 3.5"));
        // the primary-input and output rows leave every final-demand cell empty: ignored, and said so
        assertThat(t.notes().get(t.notes().size() - 1)).endsWith("; 26 empty cells outside the table (such as"
                + " final-demand cells of the value-added rows) ignored");
    }

    @Test
    void icio_2018_reads_one_taxsub_row_per_country_the_valu_and_output_rows() {
        List<String> sectors = List.of("01T03", "10T12");
        Path p = icio("ICIO2018_2015.CSV", Icio.R2018, sectors, new IcioOptions(true, null, false, Set.of(), false));
        IoTable t = readDetected(p, TableRelease.ICIO_2018);
        assertIsHandTable(t, "01T03", "10T12");
        assertThat(t.notes().get(0)).isEqualTo("read as OECD ICIO, 2018 release: final demand named country first"
                + " (such as AUS_HFCE) and a TOTAL column");
        assertThat(t.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): 4 rows"
                + " COUNTRY_TAXSUB (taxes less subsidies on products, one row per country), VALU (value added); gross"
                + " output x is the OUTPUT row");
        assertThat(yDetail(t, 1, "CHN", "P33")).isZero();
    }

    @Test
    void icio_2021_reads_tls_va_out_rows_with_a_byte_order_mark_crlf_and_empty_cells_counted() {
        List<String> sectors = List.of("01T02", "10T12");
        Set<String> empty = Set.of("AUS_01T02|CN1_10T12", "CN2_10T12|AUS_01T02",
                "AUS_10T12|CHN_NPISH");
        Path p = icio("ICIO2021_2018.csv", Icio.R2021, sectors, new IcioOptions(true, null, false, empty, true));
        IoTable t = readDetected(p, TableRelease.ICIO_2021);
        assertIsHandTable(t, "01T02", "10T12");
        assertThat(t.notes().get(0)).isEqualTo("read as OECD ICIO, 2021 release: sector codes starting with a digit"
                + " (such as 01T02) and final demand such as AUS_HFCE");
        assertThat(t.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): TLS (taxes"
                + " less subsidies on products), VA (value added); gross output x is the OUT row");
        assertThat(t.notes().get(t.notes().size() - 1)).startsWith("balance: ")
                .endsWith("; 3 empty cells in the table read as 0");
    }

    @Test
    void icio_2023_extended_files_are_told_from_the_sml_files_and_both_read() {
        List<String> sectors = List.of("A01_02", "C10T12");
        IoTable ext = readDetected(icio("2022.csv", Icio.R2023, sectors, new IcioOptions(true, null, false, Set.of(),
                false)), TableRelease.ICIO_2023);
        assertIsHandTable(ext, "A01_02", "C10T12");
        assertThat(ext.notes().get(0)).isEqualTo("read as OECD ICIO, 2023 release (extended: China and Mexico split):"
                + " sector codes starting with a letter (such as A01_02) and the split regions CN1, CN2");
        IoTable sml = readDetected(icio("2022_SML.csv", Icio.R2023, sectors, IcioOptions.plain()),
                TableRelease.ICIO_2023_SML);
        assertIsHandTable(sml, "A01_02", "C10T12");
        assertThat(sml.checksum()).isEqualTo(ext.checksum());
    }

    @Test
    void a_semicolon_csv_with_decimal_commas_from_excel_in_a_european_locale_reads_the_same_table() {
        List<String> sectors = List.of("01T02", "10T12");
        Path comma = icio("comma.csv", Icio.R2021, sectors, new IcioOptions(true, null, false, Set.of(), false));
        Path semi = icio("semicolon.csv", Icio.R2021, sectors, new IcioOptions(true, null, true, Set.of(), false));
        IoTable t = readDetected(semi, TableRelease.ICIO_2021);
        assertIsHandTable(t, "01T02", "10T12");
        assertThat(t.checksum()).isEqualTo(IoTables.read(comma, TableFormat.ICIO, ReadOptions.defaults()).checksum());
        assertThat(t.notes()).contains("semicolon-separated with decimal commas (as Excel saves CSV in European"
                + " locales)");
    }

    @Test
    void a_decimal_comma_number_with_grouping_dots_is_read_as_excel_writes_it() {
        assertThat(CsvLineReader.fromDecimalComma("1.234,5")).isEqualTo("1234.5");
        assertThat(CsvLineReader.fromDecimalComma("-0,25")).isEqualTo("-0.25");
        assertThat(CsvLineReader.fromDecimalComma("1.234.567")).isEqualTo("1234567");
        assertThat(CsvLineReader.fromDecimalComma("2.5")).isEqualTo("2.5");
    }

    private static ReleaseFiles.Table wiodTable(int release, List<String> sectors) {
        return HandTable.table(sectors, release == 2016 ? "CONS_h" : "c37", release == 2016 ? "GFCF" : "c41");
    }

    @Test
    void wiod_2016_reads_from_its_binary_workbook_an_xlsx_and_a_csv_export_of_its_sheet() {
        List<String> sectors = List.of("A01", "C10-C12");
        List<List<String>> rows = ReleaseFiles.wiot(2016, wiodTable(2016, sectors), sectors, List.of("c1", "c2"));
        IoTable xlsx = readDetected(ReleaseFiles.xlsx(rows, tmp.resolve("WIOT2014_Nov16_ROW.xlsx")),
                TableRelease.WIOD_2016);
        assertIsHandTable(xlsx, "A01", "C10-C12");
        assertThat(xlsx.fdCategories()).containsExactly("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN");
        assertThat(yDetail(xlsx, 3, "CHN", "GFCF")).isEqualTo(120 * (1 - HandTable.HOUSEHOLDS));
        assertThat(xlsx.notes().get(0)).isEqualTo("read as WIOD, 2016 release: final-demand codes such as CONS_h in"
                + " the first header row (line 3)");
        assertThat(xlsx.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): TXSP (taxes"
                + " less subsidies on products), EXP_adj (Cif/ fob adjustments on exports), PURR (Direct purchases"
                + " abroad by residents), PURNR (Purchases on the domestic territory by non-residents), VA (Value added"
                + " at basic prices), IntTTM (International Transport Margins); gross output x is the GO row");
        // the release is published as .xlsb: the binary workbook gives the same table
        IoTable xlsb = readDetected(ReleaseFiles.xlsb(rows, tmp.resolve("WIOT2014_Nov16_ROW.xlsb")),
                TableRelease.WIOD_2016);
        assertThat(xlsb.checksum()).isEqualTo(xlsx.checksum());
        IoTable csv = readDetected(ReleaseFiles.write(tmp.resolve("WIOT2014_Nov16_ROW.csv"),
                ReleaseFiles.csv(rows, false)), TableRelease.WIOD_2016);
        assertThat(csv.checksum()).isEqualTo(xlsx.checksum());
        IoTable semi = readDetected(ReleaseFiles.write(tmp.resolve("WIOT2014_semicolon.csv"),
                ReleaseFiles.csv(rows, true)), TableRelease.WIOD_2016);
        assertThat(semi.checksum()).isEqualTo(xlsx.checksum());
        assertThat(semi.notes()).contains("semicolon-separated with decimal commas (as Excel saves CSV in European"
                + " locales)");
    }

    @Test
    void wiod_2013_reads_final_demand_without_codes_and_footer_rows_numbered_r60_to_r69() {
        List<String> sectors = List.of("AtB", "15t16");
        List<List<String>> rows = ReleaseFiles.wiot(2013, wiodTable(2013, sectors), sectors, List.of("c1", "c3"));
        IoTable t = readDetected(ReleaseFiles.xlsx(rows, tmp.resolve("wiot11_row_sep12.xlsx")),
                TableRelease.WIOD_2013);
        assertIsHandTable(t, "AtB", "15t16");
        assertThat(t.fdCategories()).containsExactly("c37", "c38", "c39", "c41", "c42");
        assertThat(yDetail(t, 0, "AUS", "c37")).isEqualTo(50 * HandTable.HOUSEHOLDS);
        assertThat(t.notes().get(0)).isEqualTo("read as WIOD, 2013 release: final-demand columns numbered such as c37"
                + " in the fourth header row (line 6), with no code above them");
        assertThat(t.notes()).contains("kept as primary inputs (value added va, so that x = 1'·Z + va): r61 (Taxes"
                + " less subsidies on products), r62 (Cif/ fob adjustments on exports), r63 (Direct purchases abroad"
                + " by residents), r64 (Purchases on the domestic territory by non-residents), r65 (Value added at"
                + " basic prices), r66 (International Transport Margins); gross output x is the r69 row");
    }

    @Test
    void a_file_that_matches_no_known_layout_is_refused_with_the_layouts_tried_and_the_first_difference() {
        Path p = ReleaseFiles.write(tmp.resolve("prices.csv"), "id,foo,bar\nA,1,2\n");
        Detection d = LayoutDetection.detect(p);
        assertThat(d.isRecognised()).isFalse();
        assertThatThrownBy(() -> IoTables.read(p, null, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("prices.csv: matches no known layout. Tried: OECD ICIO 2016,"
                            + " 2018, 2021, 2023 and 2023 _SML (CSV): column 2 of line 1 is 'foo', not COUNTRY_SECTOR"
                            + " (such as AUS_C10T12); WIOD 2013 and 2016 (.xlsx, .xlsb or CSV): none of the first 2 lines"
                            + " has codes from the fifth column on (the first WIOD header row); golden CSV layout:"
                            + " that is a zip or a folder holding Z.csv, Y.csv, VA.csv and X.csv, not a single file");
                    assertThat(e.problemIn(Locale.SIMPLIFIED_CHINESE)).startsWith("不符合任何已知格式。已尝试：OECD ICIO")
                            .contains("第 1 行第 2 列为“foo”");
                    assertThat(e.line()).isZero();
                });
    }

    @Test
    void an_icio_header_without_final_demand_and_a_workbook_that_is_no_wiot_say_where_they_differ() {
        Path z = ReleaseFiles.write(tmp.resolve("Z.csv"), "id,AA_s1,AA_s2\nAA_s1,1,2\nAA_s2,3,4\n");
        assertThat(LayoutDetection.detect(z).describe().en()).contains("OECD ICIO 2016, 2018, 2021, 2023 and 2023"
                + " _SML (CSV): line 1 has no final-demand column (such as AUS_HFCE or HFCE_AUS)");
        Path book = ReleaseFiles.xlsx(List.of(List.of("Prices"), List.of("a", "b", "c", "d", "1"),
                List.of("x", "y", "z", "w", "2"), List.of(), List.of("", "", "", "", "c1"),
                List.of("A", "B", "AUS", "c1", "5")), tmp.resolve("prices.xlsx"));
        assertThat(LayoutDetection.detect(book).describe().en()).isEqualTo("matches no known layout. Tried: OECD ICIO"
                + " 2016, 2018, 2021, 2023 and 2023 _SML (CSV): the OECD publishes ICIO tables as CSV files, not as"
                + " workbooks; WIOD 2013 and 2016 (.xlsx, .xlsb or CSV): line 4, the third header row, should hold country"
                + " codes from the fifth column on; it holds ''; golden CSV layout: that is a zip or a folder holding"
                + " Z.csv, Y.csv, VA.csv and X.csv, not a single file");
    }

    @Test
    void a_wiot_read_as_icio_on_request_is_refused_at_its_first_line_with_the_difference() {
        List<String> sectors = List.of("A01", "C10-C12");
        Path p = ReleaseFiles.write(tmp.resolve("wiot.csv"), ReleaseFiles.csv(ReleaseFiles.wiot(2016,
                wiodTable(2016, sectors), sectors, List.of("c1", "c2")), false));
        assertThatThrownBy(() -> IoTables.read(p, TableFormat.ICIO, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.problem()).isEqualTo("line 1 has 1 fields; an ICIO header has a label column and"
                            + " one column per country and sector");
                });
    }
}
