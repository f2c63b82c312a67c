package org.gvclab.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.Band;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.XyPoint;
import org.gvclab.core.chart.XySeries;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.DiagnosisSummaryCell;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.IndicatorTableCell;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.MarkdownRenderer;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;

/**
 * Hand-made evaluated notebooks for the renderer tests and the benchmark. Every number here is typed by hand, so a
 * test can look for it in the output.
 */
public final class SampleBriefs {

    public static final String XSS = """
            <script>alert('xss')</script>

            <img src=x onerror="alert(1)"> [click me](javascript:alert(2))
            """;

    public static final List<String> FORMULA_LIKE = List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3+4", "@SUM(A1:A2)", "\t=1+1", "\r=2+2");

    public static final LocalizedText INDICATOR_TABLE = new LocalizedText("核心指标", "Key indicators");
    public static final LocalizedText OUTPUT = new LocalizedText("总产值", "Gross output");
    public static final LocalizedText WAN_YUAN = new LocalizedText("万元", "10k CNY");
    public static final LocalizedText RD = new LocalizedText("研发强度", "R&D intensity");
    public static final LocalizedText PATENTS = new LocalizedText("每万名员工发明专利", "Invention patents per 10k employees");
    public static final LocalizedText RADAR_TITLE = new LocalizedText("五因素得分", "Five factor scores");

    private SampleBriefs() {
    }

    public static BriefContext context(Locale locale) {
        return new BriefContext(new LocalizedText("浙江省宁波市鄞州区", "Yinzhou District, Ningbo"),
                new LocalizedText("鄞州服装产业集群", "Yinzhou garment cluster"), LocalDate.of(2025, 3, 14), locale);
    }

    /** A short brief with every result kind, the XSS payload in a markdown cell and formula-like text. */
    public static BriefInput small(Locale locale) {
        Map<Cell, List<CellResult>> cells = new LinkedHashMap<>();
        MarkdownRenderer md = new MarkdownRenderer();
        cells.put(new MarkdownCell("intro", "x"), List.of(md.render("""
                # 集群概况 Cluster overview

                鄞州服装集群 **2023** 年总产值 1,234,568 万元。The cluster's output grew in 2023.

                """ + XSS)));
        cells.put(new IndicatorTableCell("table", List.of()), List.of(indicatorTable(8)));
        cells.put(new ChartCell("radar", ChartChoice.FACTOR_RADAR, List.of()), List.of(radar()));
        cells.put(new ChartCell("line", ChartChoice.STRATEGY_PROJECTION, List.of()), List.of(projection()));
        cells.put(new ChartCell("bar", ChartChoice.STRATEGY_RANKING, List.of()), List.of(bars()));
        cells.put(new ChartCell("scatter", ChartChoice.GVC_POSITION_SCATTER, List.of()), List.of(scatter()));
        cells.put(new ChartCell("smile", ChartChoice.SMILE_CURVE, List.of()), List.of(smile()));
        cells.put(new IndicatorTableCell("formulas", List.of()), List.of(formulaTable()));
        cells.put(new DiagnosisSummaryCell("diag", true), List.of(new FailedResult("diag", "no data for 2023")));
        return input(locale, cells, "鄞州服装集群政策简报 Brief");
    }

    /**
     * A long brief: {@code sections} sections, each a markdown text, an indicator table of {@code rows} rows and a
     * chart (charts cycle through the five kinds).
     */
    public static BriefInput large(Locale locale, int sections, int rows) {
        Map<Cell, List<CellResult>> cells = new LinkedHashMap<>();
        MarkdownRenderer md = new MarkdownRenderer();
        String paragraph = "鄞州服装集群的出口依赖度较高，本地配套率持续上升。The cluster depends on exports, "
                + "and local sourcing keeps rising; functional upgrading from OEM to ODM and OBM is under way. ";
        List<CellResult> charts = List.of(radar(), projection(), bars(), scatter(), smile());
        for (int s = 1; s <= sections; s++) {
            cells.put(new MarkdownCell("md" + s, "x"), List.of(md.render("# " + s + ". 第" + s + "节 Section " + s
                    + "\n\n" + paragraph.repeat(3) + "\n\n## 要点 Findings\n\n- " + paragraph + "\n- " + paragraph)));
            cells.put(new IndicatorTableCell("t" + s, List.of()), List.of(indicatorTable(rows)));
            cells.put(new ChartCell("c" + s, ChartChoice.INDICATOR_TREND, List.of()), List.of(charts.get((s - 1) % 5)));
        }
        return input(locale, cells, "大型简报 Large brief");
    }

    private static BriefInput input(Locale locale, Map<Cell, List<CellResult>> cells, String title) {
        var doc = new NotebookDocument(title, "zh".equals(locale.getLanguage()) ? "zh-CN" : "en",
                new NotebookParameters("yz-garment", List.of(2021, 2022, 2023), "base", null),
                new ArrayList<>(cells.keySet()));
        Map<String, List<CellResult>> results = new LinkedHashMap<>();
        cells.forEach((cell, r) -> results.put(cell.id(), r));
        return new BriefInput(new EvaluatedNotebook(doc, results, Set.of()), context(locale));
    }

    /** Rows of years from 2001: output 1,234,567.8 + 1,000·i (万元), R&D intensity 0.0213 (shown 2.13%), patents 3.5. */
    public static TableResult indicatorTable(int rows) {
        List<TableColumn> cols = List.of(TableColumn.of(new LocalizedText("年份", "Year")),
                new TableColumn(OUTPUT, WAN_YUAN), new TableColumn(RD, new LocalizedText("%", "%")),
                new TableColumn(PATENTS, new LocalizedText("件", "count")),
                TableColumn.of(new LocalizedText("说明", "Note")));
        List<List<TableCell>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of(TableCell.text(String.valueOf(2001 + i)),
                    TableCell.number(1_234_567.8 + 1000 * i, NumberStyle.INTEGER),
                    TableCell.number(0.0213, NumberStyle.percent(2)),
                    i % 7 == 3 ? TableCell.empty() : TableCell.number(3.5, NumberStyle.decimals(1)),
                    TableCell.text(new LocalizedText("行" + (i + 1), "row " + (i + 1)))));
        }
        return new TableResult(INDICATOR_TABLE, cols, body, new Provenance(List.of(
                new ProvenanceEntry("rd_intensity", RD, "rd_expenditure / gross_output", List.of(
                        new ProvenanceInput(new LocalizedText("研发经费", "R&D expenditure"), 26296.3, WAN_YUAN),
                        new ProvenanceInput(OUTPUT, 1_234_567.8, WAN_YUAN)),
                        new LocalizedText("OECD《弗拉斯卡蒂手册》2015", "OECD Frascati Manual 2015"), 2023))));
    }

    public static TableResult formulaTable() {
        List<List<TableCell>> body = new ArrayList<>();
        for (String f : FORMULA_LIKE) {
            body.add(List.of(TableCell.text(f), TableCell.number(1, NumberStyle.INTEGER)));
        }
        return new TableResult(new LocalizedText("用户输入", "User input"),
                List.of(TableColumn.of(LocalizedText.of("text")), TableColumn.of(LocalizedText.of("n"))), body,
                Provenance.none());
    }

    public static ChartResult radar() {
        var cats = List.of(new LocalizedText("技术差距", "Technology gap"), new LocalizedText("规则标准", "Rules and standards"),
                new LocalizedText("国家战略", "National strategy"), new LocalizedText("国际政治", "International politics"),
                new LocalizedText("产业创新", "Industrial innovation"));
        var local = CategorySeries.of(new LocalizedText("鄞州", "Yinzhou"), List.of(42.0, 55.0, 71.0, 38.0, 49.0));
        var bench = CategorySeries.of(new LocalizedText("全国基准", "National benchmark"), List.of(60.0, 60.0, 60.0, 60.0, 60.0));
        return new ChartResult(ChartSpec.radar(RADAR_TITLE,
                Axis.bounded(new LocalizedText("得分", "Score"), LocalizedText.of(""), 0, 100), cats, List.of(local, bench)),
                new Provenance(List.of(new ProvenanceEntry("factor_technology_gap",
                        new LocalizedText("技术差距得分", "Technology gap score"), "100 · mean(normalised indicators)",
                        List.of(new ProvenanceInput(RD, 0.0213, LocalizedText.of(""))),
                        new LocalizedText("GVC Lab 方法说明“综合指数”", "GVC Lab methods, “Composite indices”"), 2023))));
    }

    public static ChartResult projection() {
        var years = List.of(LocalizedText.of("2024"), LocalizedText.of("2025"), LocalizedText.of("2026"),
                LocalizedText.of("2027"), LocalizedText.of("2028"));
        var band = new Band(new LocalizedText("P10–P90 区间", "P10–P90"), List.of(30.0, 31.0, 32.0, 32.5, 33.0),
                List.of(34.0, 37.0, 40.0, 43.0, 46.0));
        var s = new CategorySeries(new LocalizedText("本地增加值率", "Local value-added rate"),
                List.of(32.0, 34.0, 36.0, 37.5, 39.0), band);
        return new ChartResult(ChartSpec.line(new LocalizedText("增加值率预测", "Value-added rate projection"),
                Axis.of(new LocalizedText("年份", "Year"), LocalizedText.of("")),
                Axis.of(new LocalizedText("增加值率", "Value-added rate"), LocalizedText.of("%")), years, List.of(s)),
                Provenance.none());
    }

    public static ChartResult bars() {
        var cats = List.of(new LocalizedText("代工升级", "OEM→ODM"), new LocalizedText("自主品牌", "Own brand"),
                new LocalizedText("专业市场", "Specialised market"));
        return new ChartResult(ChartSpec.bar(new LocalizedText("策略比较", "Strategy comparison"), Axis.untitled(),
                Axis.of(new LocalizedText("得分", "Score"), LocalizedText.of("")), cats, List.of(
                        CategorySeries.of(new LocalizedText("增长", "Growth"), List.of(0.62, 0.48, 0.55)),
                        CategorySeries.of(new LocalizedText("升级", "Upgrading"), List.of(0.41, 0.73, 0.50)))),
                Provenance.none());
    }

    public static ChartResult scatter() {
        return new ChartResult(ChartSpec.scatter(new LocalizedText("参与度与位置", "Participation and position"),
                Axis.of(new LocalizedText("GVC参与度", "GVC participation"), LocalizedText.of("")),
                Axis.of(new LocalizedText("GVC位置", "GVC position"), LocalizedText.of("")),
                List.of(new XySeries(new LocalizedText("行业", "Sectors"), List.of(
                        new XyPoint(0.42, -0.08, new LocalizedText("纺织", "Textiles")),
                        new XyPoint(0.55, 0.03, new LocalizedText("电子", "Electronics")),
                        new XyPoint(0.31, 0.12, new LocalizedText("化工", "Chemicals")))))),
                Provenance.none());
    }

    public static ChartResult smile() {
        return new ChartResult(ChartSpec.smileCurve(new LocalizedText("微笑曲线", "Smile curve"),
                Axis.of(new LocalizedText("到最终需求的距离", "Distance to final demand"), LocalizedText.of("")),
                Axis.of(new LocalizedText("增加值份额", "Value-added share"), LocalizedText.of("%")),
                List.of(new XySeries(new LocalizedText("服装链", "Garment chain"), List.of(
                        new XyPoint(1.0, 24.0, new LocalizedText("品牌零售", "Brand & retail")),
                        new XyPoint(2.0, 9.0, new LocalizedText("成衣加工", "Garment assembly")),
                        new XyPoint(3.0, 12.0, new LocalizedText("面料", "Fabric")),
                        new XyPoint(4.2, 21.0, new LocalizedText("纤维研发", "Fibre R&D")))))),
                Provenance.none());
    }
}
