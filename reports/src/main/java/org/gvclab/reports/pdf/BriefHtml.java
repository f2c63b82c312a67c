package org.gvclab.reports.pdf;

import static org.gvclab.reports.pdf.SvgChartWriter.escape;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.notebook.DraftedTextCell;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.MarkdownRenderer;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.core.notebook.TextResult;
import org.gvclab.reports.BriefContext;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.BriefLabels;
import org.gvclab.reports.ProvenanceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Builds the brief as an HTML document for paged media: cover, contents (filled from the headings, with page
 * numbers through {@code target-counter}), the cells' results in order (tables and figures numbered), and the
 * provenance annex. Every text from data is escaped; markdown HTML is sanitised again here.
 */
final class BriefHtml {

    private static final MarkdownRenderer SANITIZER = new MarkdownRenderer();

    private final BriefInput input;
    private final BriefContext ctx;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final List<AnnexItem> annex = new ArrayList<>();
    /** Tables marked as appendix material, printed in the appendix when the brief carries one. */
    private final List<TableResult> appendixTables = new ArrayList<>();
    private int tables;
    private int figures;

    private record AnnexItem(String label, Provenance provenance) {
    }

    /** A contents entry (also a PDF bookmark). */
    record TocEntry(String id, String text, int level) {
    }

    /** The document and its contents entries. */
    record Built(Document document, List<TocEntry> toc) {
    }

    private BriefHtml(BriefInput input) {
        this.input = input;
        this.ctx = input.context();
        this.locale = ctx.locale();
    }

    static Built build(BriefInput input) {
        return new BriefHtml(input).build();
    }

    private String t(LocalizedText text) {
        return escape(text.in(locale));
    }

    private Built build() {
        NotebookDocument doc = input.notebook().document();
        String headerText = ctx.jurisdiction().in(locale) + " · " + ctx.cluster().in(locale) + " · " + doc.title();
        html.append("<!DOCTYPE html><html lang=\"").append(ctx.chinese() ? "zh-CN" : "en").append("\"><head>")
                .append("<meta charset=\"utf-8\"/><title>").append(escape(doc.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(t(BriefLabels.POLICY_BRIEF)).append("\"/>")
                .append("<style>").append(css()).append("</style></head><body>");
        html.append("<div id=\"running-header\">").append(escape(headerText)).append("</div>");
        int lead = leadCells(doc);
        cover(doc, doc.cells().subList(0, lead));
        html.append("<section class=\"toc\"><h2 class=\"toc-title\">").append(t(BriefLabels.CONTENTS))
                .append("</h2><ul id=\"toc-list\"></ul></section>");
        html.append("<main>");
        for (Cell cell : doc.cells().subList(lead, doc.cells().size())) {
            cell(cell);
        }
        html.append("</main>");
        if (input.appendix()) {
            appendix();
            annex();
        }
        html.append("</body></html>");

        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
        Document document = Jsoup.parse(html.toString(), "", parser);
        List<TocEntry> toc = new ArrayList<>();
        int n = 0;
        Element list = document.getElementById("toc-list");
        for (Element h : document.select("main h1, main h2, main .result-title, #appendix > h1, #appendix .result-title, "
                + "#annex > h1, #annex > h2")) {
            String id = "sec-" + (++n);
            h.attr("id", id);
            int level = h.tagName().equals("h1") ? 1 : 2;
            toc.add(new TocEntry(id, h.text(), level));
            boolean annexEntry = level == 2 && h.parent() != null && "annex".equals(h.parent().id());
            if (!annexEntry) { // the annex's sub-entries are bookmarks only: the contents stay one page
                list.appendElement("li").addClass("toc-l" + level)
                        .appendElement("a").addClass("toc-link").attr("href", "#" + id).text(h.text());
            }
        }
        return new Built(document, toc);
    }

    /**
     * How many leading cells make the brief's summary, printed on the first page under the title: the cells up to
     * a drafted summary when the notebook opens with one (the policy brief template), otherwise none.
     */
    private static int leadCells(NotebookDocument doc) {
        List<Cell> cells = doc.cells();
        for (int i = 0; i < Math.min(2, cells.size()); i++) {
            if (cells.get(i) instanceof DraftedTextCell d && d.section() == DraftSection.SUMMARY) {
                return i + 1;
            }
        }
        return 0;
    }

    private void cell(Cell cell) {
        html.append("<section class=\"cell\" data-cell=\"").append(escape(cell.id())).append("\">");
        for (CellResult result : input.notebook().resultsOf(cell.id())) {
            result(result);
        }
        html.append("</section>");
    }

    private void cover(NotebookDocument doc, List<Cell> summary) {
        NotebookParameters p = doc.parameters();
        // a brief with a summary has the title block and the summary on its first page; the title names the place
        html.append(summary.isEmpty() ? "<section class=\"cover\">" : "<section class=\"cover with-summary\">")
                .append("<div class=\"kicker\">").append(t(BriefLabels.POLICY_BRIEF)).append("</div>");
        if (summary.isEmpty()) {
            html.append("<div class=\"cover-title\">").append(escape(doc.title())).append("</div>")
                    .append("<div class=\"cover-cluster\">").append(t(ctx.jurisdiction())).append(" · ")
                    .append(t(ctx.cluster())).append("</div>");
        } else {
            html.append("<div class=\"cover-title\">").append(t(ctx.cluster())).append("</div>")
                    .append("<div class=\"cover-cluster\">").append(t(ctx.jurisdiction())).append(" · ")
                    .append(escape(doc.title())).append("</div>");
        }
        html.append("<table class=\"facts\">");
        fact(BriefLabels.JURISDICTION, ctx.jurisdiction().in(locale));
        fact(BriefLabels.CLUSTER, ctx.cluster().in(locale));
        fact(BriefLabels.DATE, ctx.date().format(ctx.chinese() ? DateTimeFormatter.ofPattern("yyyy年M月d日")
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        if (!p.years().isEmpty()) {
            fact(BriefLabels.YEARS, p.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (p.scenarioId() != null) {
            fact(BriefLabels.SCENARIO, p.scenarioId());
        }
        if (p.ioTableId() != null) {
            fact(BriefLabels.IO_TABLE, p.ioTableId());
        }
        html.append("</table>");
        if (summary.isEmpty()) {
            html.append("<div class=\"generator\">GVC Lab</div>");
        } else {
            html.append("<div class=\"summary\">");
            summary.forEach(this::cell);
            html.append("</div>");
        }
        html.append("</section>");
    }

    private void fact(LocalizedText label, String value) {
        html.append("<tr><th>").append(t(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private void result(CellResult result) {
        if (result instanceof TextResult text) {
            html.append("<div class=\"markdown\">").append(SANITIZER.sanitize(text.safeHtml())).append("</div>");
            if (!text.provenance().isEmpty() && input.appendix()) {
                addAnnex(BriefLabels.TEXT.in(locale), text.provenance());
            }
        } else if (result instanceof TableResult table) {
            if (table.appendix()) {
                appendixTables.add(table);
            } else {
                table(table);
            }
        } else if (result instanceof ChartResult chart) {
            chart(chart);
        } else if (result instanceof FailedResult failed) {
            html.append("<div class=\"notice\">").append(t(BriefLabels.NOT_COMPUTED)).append(t(failed.message()))
                    .append("</div>");
        }
    }

    private void table(TableResult table) {
        String title = Msg.in(locale, "brief.label.tableNo", ++tables, table.title().in(locale));
        html.append("<h3 class=\"result-title\">").append(escape(title)).append("</h3>");
        // a two-column table of labels and findings gives its label column room to read (not a letter a line)
        html.append(table.columns().size() == 2 ? "<table class=\"data pairs\"><thead><tr>"
                : "<table class=\"data\"><thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            html.append(numeric(table, c) ? "<th class=\"num\">" : "<th>")
                    .append(escape(table.columns().get(c).label(locale))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<TableCell> row : table.rows()) {
            html.append("<tr>");
            for (TableCell cell : row) {
                if (cell instanceof TableCell.Number num) {
                    html.append("<td class=\"num\">").append(escape(num.style().format(num.value(), locale)));
                } else if (cell instanceof TableCell.Text text) {
                    html.append("<td>").append(escape(text.text().in(locale)));
                } else {
                    html.append("<td class=\"num\">–");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        provenanceNote(title, table.provenance());
    }

    /** Whether column {@code c} holds numbers (and gaps) only; its header then aligns right like its values. */
    private static boolean numeric(TableResult table, int c) {
        boolean any = false;
        for (List<TableCell> row : table.rows()) {
            TableCell cell = row.get(c);
            if (cell instanceof TableCell.Text) {
                return false;
            }
            any |= cell instanceof TableCell.Number;
        }
        return any;
    }

    private void chart(ChartResult chart) {
        ChartSpec spec = chart.chart();
        String title = Msg.in(locale, "brief.label.figureNo", ++figures, spec.title().in(locale));
        html.append("<div class=\"figure\"><h3 class=\"result-title\">").append(escape(title)).append("</h3>")
                .append(SvgChartWriter.write(spec, locale)).append("</div>");
        provenanceNote(title, chart.provenance());
    }

    private void provenanceNote(String title, Provenance provenance) {
        if (!provenance.isEmpty() && input.appendix()) {
            addAnnex(title, provenance);
            html.append("<p class=\"note\">").append(t(BriefLabels.SEE_ANNEX)).append("</p>");
        }
    }

    /**
     * One annex entry per distinct provenance: the results of one computation (a diagnosis gives a table, a chart
     * and another table from the same numbers) share one entry that names them all, instead of repeating it.
     */
    private void addAnnex(String label, Provenance provenance) {
        for (int i = 0; i < annex.size(); i++) {
            AnnexItem item = annex.get(i);
            if (item.provenance().equals(provenance)) {
                annex.set(i, new AnnexItem(item.label() + "; " + label, provenance));
                return;
            }
        }
        annex.add(new AnnexItem(label, provenance));
    }

    /** The tables marked as appendix material (every parameter, the data annex), numbered after the body's. */
    private void appendix() {
        if (appendixTables.isEmpty()) {
            return;
        }
        html.append("<section id=\"appendix\"><h1>").append(t(BriefLabels.APPENDIX)).append("</h1>");
        appendixTables.forEach(this::table);
        html.append("</section>");
    }

    private void annex() {
        html.append("<section id=\"annex\"><h1>").append(t(BriefLabels.PROVENANCE_ANNEX)).append("</h1>");
        if (annex.isEmpty()) {
            html.append("<p>").append(t(BriefLabels.NO_PROVENANCE)).append("</p>");
        }
        int n = 0;
        for (AnnexItem item : annex) {
            html.append("<h2>A.").append(++n).append(' ').append(escape(item.label())).append("</h2>");
            html.append("<table class=\"data annex-table\"><thead><tr><th class=\"q\">").append(t(BriefLabels.QUANTITY))
                    .append("</th><th class=\"f\">").append(t(BriefLabels.FORMULA)).append("</th><th class=\"i\">")
                    .append(t(BriefLabels.INPUTS)).append("</th><th class=\"s\">").append(t(BriefLabels.SOURCE))
                    .append("</th><th class=\"y\">").append(t(BriefLabels.DATA_YEAR)).append("</th></tr></thead><tbody>");
            for (ProvenanceEntry e : item.provenance().entries()) {
                html.append("<tr><td>").append(t(e.quantity())).append("<div class=\"qid\">").append(escape(e.quantityId()))
                        .append("</div></td><td class=\"formula\">").append(escape(e.formula())).append("</td><td>");
                for (ProvenanceInput in : e.inputs()) {
                    html.append("<div>").append(escape(ProvenanceText.input(in, locale))).append("</div>");
                }
                html.append("</td><td>").append(t(e.source())).append("</td><td class=\"num\">")
                        .append(e.dataYear() == null ? "–" : e.dataYear()).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</section>");
    }

    private String css() {
        String f = PdfBriefRenderer.FONT_FAMILY;
        String pages = ctx.chinese() ? "\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\""
                : "\"Page \" counter(page) \" of \" counter(pages)";
        return """
                @page { size: A4; margin: 24mm 18mm 20mm 18mm;
                  @top-center { content: element(header); }
                  @bottom-center { content: %2$s; font-family: %1$s; font-size: 8pt; color: #666666; } }
                @page :first { @top-center { content: none; } @bottom-center { content: none; } }
                * { font-family: %1$s; }
                body { font-size: 10.5pt; line-height: 1.55; color: #1f1f1f; }
                #running-header { position: running(header); font-size: 8pt; color: #666666; text-align: center;
                  border-bottom: 0.5pt solid #aaaaaa; padding-bottom: 2pt; }
                .cover { page-break-after: always; padding-top: 55mm; }
                .kicker { font-size: 12pt; color: #0072B2; letter-spacing: 1pt; }
                .cover-title { font-size: 26pt; font-weight: bold; line-height: 1.3; margin: 6mm 0 4mm 0; }
                .cover-cluster { font-size: 14pt; color: #444444; margin-bottom: 16mm; }
                table.facts { border-collapse: collapse; font-size: 10.5pt; }
                table.facts th { text-align: left; color: #666666; font-weight: normal; padding: 2pt 12pt 2pt 0; }
                table.facts td { padding: 2pt 0; }
                .generator { margin-top: 40mm; font-size: 9pt; color: #888888; }
                .cover.with-summary { padding-top: 6mm; }
                .with-summary .cover-title { font-size: 20pt; margin: 3mm 0 2mm 0; }
                .with-summary .cover-cluster { font-size: 11pt; margin-bottom: 4mm; }
                .with-summary table.facts { font-size: 9pt; margin-bottom: 5mm; }
                .summary { border-top: 1.2pt solid #0072B2; padding-top: 2mm; font-size: 11pt; line-height: 1.7; }
                .toc { page-break-after: always; }
                .toc ul { list-style: none; padding: 0; margin: 0; }
                .toc li { margin: 2pt 0; }
                .toc-l2 { margin-left: 7mm; font-size: 9.5pt; }
                .toc a { color: #1f1f1f; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                h1 { font-size: 16pt; margin: 10pt 0 6pt 0; color: #003f66; }
                h2 { font-size: 13pt; margin: 9pt 0 5pt 0; color: #003f66; }
                h3 { font-size: 11.5pt; margin: 8pt 0 4pt 0; }
                h1, h2, h3 { page-break-after: avoid; }
                h1 { -fs-page-break-min-height: 55mm; } h2, h3 { -fs-page-break-min-height: 40mm; }
                table.data { -fs-page-break-min-height: 25mm; }
                thead { display: table-header-group; }
                code, pre { font-size: 9pt; background: #f3f3f3; }
                pre { padding: 4pt; white-space: pre-wrap; }
                blockquote { border-left: 2pt solid #cccccc; margin-left: 0; padding-left: 8pt; color: #555555; }
                table.data { -fs-table-paginate: paginate; border-collapse: collapse; width: 100%%; font-size: 8.5pt;
                  margin: 2pt 0 4pt 0; }
                table.data th { background: #e6eef5; border-bottom: 0.8pt solid #555555; text-align: left;
                  padding: 2pt 4pt; font-weight: bold; }
                table.data td { border-bottom: 0.3pt solid #d5d5d5; padding: 1.5pt 4pt; vertical-align: top; }
                table.data td.num, table.data th.num { text-align: right; }
                table.pairs { table-layout: fixed; }
                table.pairs th:first-child, table.pairs td:first-child { width: 24%%; }
                table.data td.num { white-space: nowrap; }
                table.data tr { page-break-inside: avoid; }
                .markdown table { border-collapse: collapse; }
                .markdown td, .markdown th { border: 0.3pt solid #cccccc; padding: 2pt 4pt; }
                .figure { page-break-inside: avoid; margin: 4pt 0; }
                .figure svg { display: block; margin: 0 auto; }
                .note { font-size: 8pt; color: #777777; margin-top: 0; }
                .notice { border: 0.8pt solid #D55E00; background: #fff3ec; padding: 4pt 6pt; margin: 4pt 0; }
                #annex, #appendix { page-break-before: always; }
                .annex-table th.q { width: 18%%; } .annex-table th.f { width: 24%%; } .annex-table th.i { width: 33%%; }
                .annex-table th.s { width: 17%%; } .annex-table th.y { width: 8%%; }
                .formula { word-wrap: break-word; }
                .qid { font-size: 7pt; color: #888888; }
                """.formatted(f, pages);
    }
}
