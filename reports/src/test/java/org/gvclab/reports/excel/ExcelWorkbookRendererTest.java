package org.gvclab.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.SampleBriefs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExcelWorkbookRendererTest {

    private static final ExcelWorkbookRenderer RENDERER = new ExcelWorkbookRenderer();
    private static XSSFWorkbook en;
    private static XSSFWorkbook zh;
    private static BriefInput enInput;

    @BeforeAll
    static void render() throws IOException {
        enInput = SampleBriefs.small(Locale.ENGLISH);
        en = read(RENDERER.render(enInput));
        zh = read(RENDERER.render(SampleBriefs.small(Locale.SIMPLIFIED_CHINESE)));
    }

    @AfterAll
    static void close() throws IOException {
        en.close();
        zh.close();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void sheets_follow_the_notebook_order_with_cover_first_and_provenance_last() {
        assertThat(sheetNames(en)).containsExactly("About", "T1 Key indicators", "F1 Five factor scores",
                "F2 Value-added rate projection", "F3 Strategy comparison", "F4 Participation and position",
                "F5 Smile curve", "T2 User input", "Text", "Provenance");
        assertThat(sheetNames(zh)).startsWith("说明", "表1 核心指标", "图1 五因素得分").endsWith("文字", "数据来源");
    }

    @Test
    void a_table_reads_back_with_units_in_the_headers_and_the_same_numbers_as_numeric_cells() {
        Sheet t = en.getSheet("T1 Key indicators");
        assertThat(t.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Table 1 Key indicators");
        Row header = t.getRow(1);
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Gross output (10k CNY)");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("R&D intensity (%)");
        Row first = t.getRow(2);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2001");
        assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1_234_567.8); // unrounded, shown as #,##0
        assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.0213);
        assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(3.5);
        assertThat(t.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1_236_567.8);
        Cell gap = t.getRow(5).getCell(3); // row i = 3 has no patents value
        assertThat(gap == null || gap.getCellType() == CellType.BLANK).isTrue();
        assertThat(zh.getSheet("表1 核心指标").getRow(1).getCell(1).getStringCellValue()).isEqualTo("总产值 (万元)");
    }

    @Test
    void every_chart_cell_has_exactly_one_native_chart_of_its_kind_over_its_data() {
        long chartCells = enInput.notebook().allResults().stream().filter(ChartResult.class::isInstance).count();
        int charts = 0;
        for (Sheet s : en) {
            XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
            int here = drawing == null ? 0 : drawing.getCharts().size();
            assertThat(here).as(s.getSheetName()).isEqualTo(s.getSheetName().startsWith("F") ? 1 : 0);
            charts += here;
        }
        assertThat(charts).isEqualTo(chartCells).isEqualTo(5);
        assertThat(chartXml("F1 Five factor scores")).contains("radarChart");
        assertThat(chartXml("F2 Value-added rate projection")).contains("lineChart");
        assertThat(chartXml("F3 Strategy comparison")).contains("barChart").contains("clustered");
        assertThat(chartXml("F4 Participation and position")).contains("scatterChart");
        assertThat(chartXml("F5 Smile curve")).contains("scatterChart").contains("smoothMarker");
    }

    @Test
    void chart_series_read_back_the_numbers_of_the_chart_specification() {
        XSSFChart radar = chart("F1 Five factor scores");
        List<XDDFChartData.Series> series = series(radar);
        assertThat(series).hasSize(2);
        assertThat(values(series.get(0))).containsExactly(42.0, 55.0, 71.0, 38.0, 49.0);
        assertThat(series.get(0).getCategoryData().getPointAt(0)).isEqualTo("Technology gap");
        // the line with its band: the line, then the band's low and high edges
        List<XDDFChartData.Series> line = series(chart("F2 Value-added rate projection"));
        assertThat(line).hasSize(3);
        assertThat(values(line.get(0))).containsExactly(32.0, 34.0, 36.0, 37.5, 39.0);
        assertThat(values(line.get(1))).containsExactly(30.0, 31.0, 32.0, 32.5, 33.0);
        assertThat(values(line.get(2))).containsExactly(34.0, 37.0, 40.0, 43.0, 46.0);
        // the smile curve's points in order of distance to final demand
        XDDFChartData.Series smile = series(chart("F5 Smile curve")).get(0);
        assertThat(smile.getValuesData().getPointAt(0).doubleValue()).isCloseTo(24.0, within(1e-12));
        assertThat(smile.getValuesData().getPointAt(1).doubleValue()).isCloseTo(9.0, within(1e-12));
    }

    @Test
    void formula_like_text_is_stored_as_quote_prefixed_text_and_the_workbook_holds_no_formula_or_link() throws Exception {
        Sheet user = en.getSheet("T2 User input");
        for (int i = 0; i < SampleBriefs.FORMULA_LIKE.size(); i++) {
            Cell c = user.getRow(2 + i).getCell(0);
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo(SampleBriefs.FORMULA_LIKE.get(i));
            assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
        }
        assertNoFormulaLinkOrMacro(en);
        assertNoFormulaLinkOrMacro(zh);
    }

    @Test
    void an_xss_payload_in_markdown_is_plain_text_in_the_workbook() {
        Sheet text = en.getSheet("Text");
        List<String> lines = new ArrayList<>();
        text.forEach(r -> {
            if (r.getCell(1) != null) {
                lines.add(r.getCell(1).getStringCellValue());
            }
        });
        assertThat(lines).contains("<script>alert('xss')</script>")
                .contains("<img src=x onerror=\"alert(1)\"> [click me](javascript:alert(2))")
                .contains("# 集群概况 Cluster overview");
        assertThat(lines.stream().filter(l -> l.startsWith("This part could not be computed"))).hasSize(1);
    }

    @Test
    void the_provenance_sheet_lists_formula_inputs_source_and_year() {
        Sheet p = en.getSheet("Provenance");
        assertThat(p.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Formula");
        Row rd = p.getRow(1);
        assertThat(rd.getCell(0).getStringCellValue()).isEqualTo("Table 1 Key indicators");
        assertThat(rd.getCell(2).getStringCellValue()).isEqualTo("rd_intensity");
        assertThat(rd.getCell(3).getStringCellValue()).isEqualTo("rd_expenditure / gross_output");
        assertThat(rd.getCell(4).getStringCellValue())
                .isEqualTo("R&D expenditure = 26,296.3 10k CNY; Gross output = 1,234,567.8 10k CNY");
        assertThat(rd.getCell(5).getStringCellValue()).isEqualTo("OECD Frascati Manual 2015");
        assertThat(rd.getCell(6).getNumericCellValue()).isEqualTo(2023);
        assertThat(p.getRow(2).getCell(2).getStringCellValue()).isEqualTo("factor_technology_gap");
    }

    @Test
    void the_cover_sheet_names_brief_jurisdiction_cluster_date_and_lists_the_sheets() {
        Sheet about = en.getSheet("About");
        List<String> cells = new ArrayList<>();
        about.forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
        assertThat(cells).contains("鄞州服装集群政策简报 Brief", "Yinzhou District, Ningbo", "Yinzhou garment cluster",
                "2025-03-14", "2021, 2022, 2023", "T1 Key indicators", "Figure 5 Smile curve", "Provenance");
    }

    @Test
    void a_streamed_table_of_thousands_of_rows_reads_back_to_its_last_row() throws IOException {
        BriefInput big = SampleBriefs.large(Locale.ENGLISH, 1, 5000);
        try (XSSFWorkbook wb = read(RENDERER.render(big))) {
            Sheet t = wb.getSheet("T1 Key indicators");
            assertThat(t.getLastRowNum()).isEqualTo(5001);
            assertThat(t.getRow(5001).getCell(0).getStringCellValue()).isEqualTo(String.valueOf(2001 + 4999));
            assertThat(t.getRow(5001).getCell(1).getNumericCellValue()).isEqualTo(1_234_567.8 + 1000 * 4999);
            assertThat(wb.getSheet("F1 Five factor scores").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    private static void assertNoFormulaLinkOrMacro(XSSFWorkbook wb) throws Exception {
        for (Sheet s : wb) {
            assertThat(((XSSFSheet) s).getHyperlinkList()).as(s.getSheetName()).isEmpty();
            s.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress())
                    .isNotEqualTo(CellType.FORMULA)));
        }
        for (PackagePart part : wb.getPackage().getParts()) {
            assertThat(part.getPartName().getName()).doesNotContain("vbaProject").doesNotContain("externalLink");
        }
    }

    private static XSSFChart chart(String sheet) {
        return en.getSheet(sheet).getDrawingPatriarch().getCharts().get(0);
    }

    private static String chartXml(String sheet) {
        return chart(sheet).getCTChart().toString();
    }

    private static List<XDDFChartData.Series> series(XSSFChart chart) {
        XDDFChartData data = chart.getChartSeries().get(0);
        List<XDDFChartData.Series> out = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(data.getSeries(i));
        }
        return out;
    }

    private static List<Double> values(XDDFChartData.Series series) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
            out.add(series.getValuesData().getPointAt(i).doubleValue());
        }
        return out;
    }
}
