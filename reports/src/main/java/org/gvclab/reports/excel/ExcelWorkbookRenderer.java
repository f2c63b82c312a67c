package org.gvclab.reports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.DraftedTextCell;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.core.notebook.TextResult;
import org.gvclab.reports.BriefContext;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.BriefLabels;
import org.gvclab.reports.ProvenanceText;

/**
 * Renders an evaluated notebook as an .xlsx workbook: a cover sheet (what, whose, when, and the list of sheets); a
 * sheet per table with units in the headers and numbers as numeric cells in the table's number format; a sheet per
 * chart with its data and a native Excel chart (line, bar, radar, scatter, smile curve); the markdown texts; and a
 * provenance sheet with every quantity's formula, inputs, source and year. Text that Excel could read as a formula
 * is stored quote-prefixed (see {@link SafeText}); the workbook holds no formulas, links or macros.
 *
 * <p>Table sheets are streamed (POI SXSSF, a window of {@value #ROW_WINDOW} rows in memory), so a 100,000-row
 * table needs little heap beyond the notebook itself; chart sheets stay in the in-memory model because charts need
 * it. Stateless and thread-safe.
 */
public final class ExcelWorkbookRenderer {

    static final int ROW_WINDOW = 200;
    private static final int MAX_ROWS = 1_048_576;
    /** The widest a column gets (in 1/256 of a character); longer text wraps. */
    private static final int MAX_WIDTH = 60 * 256;

    /** The workbook as bytes. */
    public byte[] render(BriefInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} (not closed). */
    public void render(BriefInput input, OutputStream out) throws IOException {
        new Job(input).write(out);
    }

    /**
     * A sheet name within Excel's 31 characters written short rather than cut: a title too long loses its
     * bracketed part and then its last words (never a word in the middle); a Chinese title, which has no spaces,
     * loses its last characters after a bracket or punctuation first.
     */
    static String shortName(String title) {
        String s = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        if (s.length() <= 30) {
            return s;
        }
        String noBrackets = s.replaceAll("\\s*[（(][^）)]*[）)]", "").strip();
        if (noBrackets.length() <= 30) {
            return noBrackets;
        }
        s = noBrackets;
        if (s.indexOf(' ') > 0 && s.chars().noneMatch(c -> c >= 0x2E80)) {
            String[] words = s.split(" ");
            StringBuilder out = new StringBuilder(words[0]);
            for (int i = 1; i < words.length && out.length() + 1 + words[i].length() <= 30; i++) {
                out.append(' ').append(words[i]);
            }
            return out.toString().replaceAll("[\\s,;:—–-]+(and|of|the|in|for|with|to|a)?$", "").strip();
        }
        int cut = 30;
        for (int i = 29; i > 10; i--) {
            if ("，、：；（ ".indexOf(s.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        return s.substring(0, cut).strip();
    }

    private static final class Job {
        private final BriefInput input;
        private final BriefContext ctx;
        private final Locale locale;
        private final XSSFWorkbook xssf = new XSSFWorkbook();
        private final Styles styles = new Styles(xssf);
        private final Set<String> sheetNames = new HashSet<>();
        private final List<String[]> contents = new ArrayList<>();
        private final List<Object[]> provenance = new ArrayList<>();
        private final List<TableResult> tables = new ArrayList<>();
        private final List<String> tableSheets = new ArrayList<>();
        private final List<String> order = new ArrayList<>();

        Job(BriefInput input) {
            this.input = input;
            this.ctx = input.context();
            this.locale = ctx.locale();
        }

        private String t(LocalizedText text) {
            return text.in(locale);
        }

        void write(OutputStream out) throws IOException {
            NotebookDocument doc = input.notebook().document();
            XSSFSheet cover = xssf.createSheet(sheetName(t(Msg.of("brief.label.aboutSheet"))));
            order.add(cover.getSheetName());
            List<String[]> texts = new ArrayList<>();
            int tableNo = 0;
            int figureNo = 0;
            for (Cell cell : doc.cells()) {
                for (CellResult result : input.notebook().resultsOf(cell.id())) {
                    if (result instanceof TableResult table) {
                        String title = Msg.in(locale, "brief.label.tableTitle", ++tableNo, t(table.title()));
                        String name = sheetName(Msg.in(locale, "brief.label.tableSheet", tableNo, t(table.title())));
                        tables.add(table);
                        tableSheets.add(name);
                        order.add(name);
                        contents.add(new String[] {name, title});
                        addProvenance(title, table.provenance().entries());
                    } else if (result instanceof ChartResult chart) {
                        String title = Msg.in(locale, "brief.label.figureTitle", ++figureNo, t(chart.chart().title()));
                        String name = sheetName(Msg.in(locale, "brief.label.figureSheet", figureNo, t(chart.chart().title())));
                        new ChartSheetWriter(xssf.createSheet(name), styles, locale).write(chart.chart(), title);
                        order.add(name);
                        contents.add(new String[] {name, title});
                        addProvenance(title, chart.provenance().entries());
                    } else if (result instanceof TextResult text) {
                        String label = textLabel(cell, texts.size() + 1);
                        texts.add(new String[] {label, text.markdown()});
                        addProvenance(label, text.provenance().entries());
                    } else if (result instanceof FailedResult failed) {
                        texts.add(new String[] {textLabel(cell, texts.size() + 1),
                                t(BriefLabels.NOT_COMPUTED) + t(failed.message())});
                    }
                }
            }
            if (!texts.isEmpty()) {
                String name = sheetName(t(BriefLabels.TEXT));
                textSheet(xssf.createSheet(name), texts);
                order.add(name);
                contents.add(new String[] {name, t(BriefLabels.TEXT)});
            }
            String provenanceName = sheetName(t(BriefLabels.PROVENANCE));
            provenanceSheet(xssf.createSheet(provenanceName));
            order.add(provenanceName);
            contents.add(new String[] {provenanceName, t(BriefLabels.PROVENANCE_ANNEX)});
            coverSheet(cover, doc);
            xssf.getProperties().getCoreProperties().setTitle(SafeText.clean(doc.title()));
            xssf.getProperties().getCoreProperties().setCreator("GVC Lab");

            try (SXSSFWorkbook streaming = new SXSSFWorkbook(xssf, ROW_WINDOW)) {
                streaming.setCompressTempFiles(true);
                for (int i = 0; i < tables.size(); i++) {
                    tableSheet(streaming.createSheet(tableSheets.get(i)), tables.get(i));
                }
                for (int i = 0; i < order.size(); i++) {
                    streaming.setSheetOrder(order.get(i), i);
                }
                streaming.setActiveSheet(0);
                streaming.setSelectedTab(0);
                streaming.write(out);
            }
        }

        private void tableSheet(SXSSFSheet sheet, TableResult table) {
            int cols = table.columns().size();
            if (table.rows().size() + 2 > MAX_ROWS) {
                throw new IllegalArgumentException("table '" + table.title().en() + "' has " + table.rows().size()
                        + " rows; an Excel sheet holds at most " + (MAX_ROWS - 2) + " below its title and header");
            }
            String title = contents.stream().filter(c -> c[0].equals(sheet.getSheetName())).findFirst()
                    .map(c -> c[1]).orElse(t(table.title()));
            SafeText.set(sheet.createRow(0).createCell(0), title, styles.title, styles);
            Row header = sheet.createRow(1);
            int[] widths = new int[cols];
            for (int c = 0; c < cols; c++) {
                TableColumn column = table.columns().get(c);
                SafeText.set(header.createCell(c), column.label(locale), styles.header, styles);
                widths[c] = width(column.label(locale));
            }
            int r = 2;
            for (List<TableCell> cells : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cols; c++) {
                    TableCell cell = cells.get(c);
                    if (cell instanceof TableCell.Number num) {
                        org.apache.poi.ss.usermodel.Cell x = row.createCell(c);
                        x.setCellValue(num.value());
                        x.setCellStyle(styles.number(num.style()));
                        widths[c] = Math.max(widths[c], width(num.style().format(num.value(), locale)));
                    } else if (cell instanceof TableCell.Text text) {
                        String value = t(text.text());
                        int w = width(value);
                        SafeText.set(row.createCell(c), value, w >= MAX_WIDTH ? styles.wrapped : styles.text, styles);
                        widths[c] = Math.max(widths[c], w);
                    }
                }
            }
            for (int c = 0; c < cols; c++) {
                sheet.setColumnWidth(c, widths[c]);
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, cols - 1));
        }

        private void coverSheet(XSSFSheet sheet, NotebookDocument doc) {
            int r = 0;
            SafeText.set(sheet.createRow(r++).createCell(0), doc.title(), styles.title, styles);
            SafeText.set(sheet.createRow(r++).createCell(0), t(BriefLabels.POLICY_BRIEF), styles.text, styles);
            r++;
            NotebookParameters p = doc.parameters();
            r = fact(sheet, r, BriefLabels.JURISDICTION, t(ctx.jurisdiction()));
            r = fact(sheet, r, BriefLabels.CLUSTER, t(ctx.cluster()));
            r = fact(sheet, r, BriefLabels.DATE, ctx.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
            if (!p.years().isEmpty()) {
                r = fact(sheet, r, BriefLabels.YEARS,
                        p.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            if (p.scenarioId() != null) {
                r = fact(sheet, r, BriefLabels.SCENARIO, p.scenarioId());
            }
            if (p.ioTableId() != null) {
                r = fact(sheet, r, BriefLabels.IO_TABLE, p.ioTableId());
            }
            r++;
            SafeText.set(sheet.createRow(r++).createCell(0), t(BriefLabels.SHEETS), styles.label, styles);
            for (String[] entry : contents) {
                XSSFRow row = sheet.createRow(r++);
                SafeText.set(row.createCell(0), entry[0], styles.text, styles);
                SafeText.set(row.createCell(1), entry[1], styles.text, styles);
            }
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 60 * 256);
        }

        private int fact(XSSFSheet sheet, int r, LocalizedText label, String value) {
            XSSFRow row = sheet.createRow(r);
            SafeText.set(row.createCell(0), t(label), styles.label, styles);
            SafeText.set(row.createCell(1), value, styles.text, styles);
            return r + 1;
        }

        /** What a text is, for a reader: the drafted section it holds, or "Text n". */
        private String textLabel(Cell cell, int n) {
            return cell instanceof DraftedTextCell d ? t(d.section().label()) : t(BriefLabels.TEXT) + " " + n;
        }

        /** One row per paragraph, wrapped in a wide column, so a long finding reads without scrolling sideways. */
        private void textSheet(XSSFSheet sheet, List<String[]> texts) {
            int r = 0;
            for (String[] text : texts) {
                for (String paragraph : text[1].strip().split("\\R\\s*\\R|\\R(?=\\d+\\. )")) {
                    if (paragraph.isBlank()) {
                        continue;
                    }
                    XSSFRow row = sheet.createRow(r++);
                    SafeText.set(row.createCell(0), text[0], styles.wrapped, styles);
                    SafeText.set(row.createCell(1), paragraph.strip(), styles.wrapped, styles);
                }
                r++;
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 100 * 256);
        }

        private void addProvenance(String result, List<ProvenanceEntry> entries) {
            for (ProvenanceEntry e : entries) {
                provenance.add(new Object[] {result, t(e.quantity()), e.quantityId(), e.formula(),
                        ProvenanceText.inputs(e, locale), t(e.source()), e.dataYear()});
            }
        }

        private void provenanceSheet(XSSFSheet sheet) {
            LocalizedText[] headers = {BriefLabels.RESULT, BriefLabels.QUANTITY, BriefLabels.QUANTITY_ID,
                    BriefLabels.FORMULA, BriefLabels.INPUTS, BriefLabels.SOURCE, BriefLabels.DATA_YEAR};
            int[] widths = {30, 24, 20, 36, 60, 30, 10};
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                SafeText.set(header.createCell(c), t(headers[c]), styles.header, styles);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 1;
            for (Object[] entry : provenance) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < 6; c++) {
                    SafeText.set(row.createCell(c), (String) entry[c], c == 4 ? styles.wrapped : styles.text, styles);
                }
                if (entry[6] != null) {
                    row.createCell(6).setCellValue((Integer) entry[6]);
                }
            }
            sheet.createFreezePane(0, 1);
        }

        /** A valid, unique sheet name of at most 31 characters. */
        private String sheetName(String wanted) {
            String base = WorkbookUtil.createSafeSheetName(shortName(wanted.strip().isEmpty() ? "Sheet" : wanted.strip()),
                    '_');
            if (base.startsWith("'")) {
                base = "_" + base.substring(1);
            }
            String name = base;
            for (int i = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); i++) {
                String suffix = " (" + i + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            return name;
        }

        private static int width(String header) {
            double w = 0;
            for (int i = 0; i < header.length(); i++) {
                w += header.charAt(i) >= 0x2E80 ? 2 : 1;
            }
            return (int) Math.min(MAX_WIDTH / 256, Math.max(10, w + 2)) * 256;
        }
    }
}
