package org.gvclab.core.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;

/**
 * The bilingual Excel template for yearly cluster data, and its reader.
 *
 * <p>The workbook has a readme sheet ({@value #README_SHEET}), the data sheet ({@value #DATA_SHEET}) and a field
 * list ({@value #FIELDS_SHEET}). On the data sheet, row 1 holds the Chinese labels, row 2 the English labels,
 * row 3 the units, row 4 the field ids the reader goes by, and data start in row 5, one row per year. Every data
 * column carries Excel data validation (range, whole numbers) with an input prompt, and every header a comment with
 * the hint. The reader returns an {@link ImportPreview} with every problem located by sheet, row (1-based, as Excel
 * shows it), column letter and field; it never saves anything, so the caller can save all records or none.
 */
public final class ExcelTemplate {

    public static final String README_SHEET = "说明 Readme";
    public static final String DATA_SHEET = "数据 Data";
    public static final String FIELDS_SHEET = "字段 Fields";
    /** 0-based index of the row holding field ids (row 4 as Excel shows it). */
    static final int ID_ROW = 3;
    /** 0-based index of the first data row (row 5 as Excel shows it). */
    static final int FIRST_DATA_ROW = 4;
    /** Data validation and the reader cover this many data rows. */
    public static final int MAX_DATA_ROWS = 500;
    /** Files larger than this are refused before parsing (20 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /**
     * Largest size an uploaded .xlsx may unpack to (all parts together). A filled template of {@link #MAX_DATA_ROWS}
     * rows unpacks to well under 5 MB; 64 MB leaves room for styles and pictures and keeps POI's in-memory workbook
     * far below a 512 MB heap.
     */
    public static final int MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

    private ExcelTemplate() {
    }

    /**
     * Writes the template, pre-filled with {@code existing} records (may be empty).
     *
     * @param currency the unit the money columns are labelled with
     */
    public static void write(OutputStream out, CurrencyUnit currency, List<YearlyRecord> existing) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            readme(wb, st, currency);
            data(wb, st, currency, existing);
            fields(wb, st, currency);
            wb.setActiveSheet(1);
            wb.write(out);
        }
    }

    private record Styles(CellStyle header, CellStyle id, CellStyle title, CellStyle wrap) {
        Styles(Workbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            id.setFont(grey);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            wrap.setWrapText(true);
        }
    }

    private static void readme(Workbook wb, Styles st, CurrencyUnit currency) {
        Sheet s = wb.createSheet(README_SHEET);
        String[] lines = {
                "GVC Lab 产业集群年度数据模板 / GVC Lab yearly cluster data template",
                "",
                "1. 在“" + DATA_SHEET + "”工作表中每年填写一行，从第 5 行开始；第 1–3 行为中文名称、英文名称和单位，第 4 行为字段编号，请勿修改。",
                "1. Enter one row per year on sheet '" + DATA_SHEET + "', from row 5. Rows 1–3 hold the Chinese and English names and the units; row 4 holds the field ids: do not change them.",
                "2. 金额单位：" + currency.label().zh() + "；百分比填写 0–100 的数字（如 35 表示 35%）；评分为 1–5 的整数。",
                "2. Money in " + currency.label().en() + "; percentages as numbers 0–100 (35 means 35 %); ratings as whole numbers 1–5.",
                "3. 不知道的数据请留空，不要填 0。",
                "3. Leave a cell empty when the value is not known; do not enter 0 for unknown.",
                "4. 一致性要求：内销 + 出口 ≤ 销售收入；OEM + ODM + OBM ≤ 销售收入；增加值 ≤ 总产值；各目的地出口占比合计 ≤ 100；加工贸易出口 ≤ 出口；龙头企业数、获认证企业数 ≤ 企业数；研发人员 ≤ 从业人员。",
                "4. Consistency: domestic sales + exports ≤ sales; OEM + ODM + OBM ≤ sales; value added ≤ gross output; destination shares add up to ≤ 100; processing exports ≤ exports; lead firms and certified firms ≤ firms; R&D personnel ≤ employees.",
                "5. 上传后系统会列出所有问题（工作表、行、列），全部改正后才会保存；任何错误都不会导致部分保存。",
                "5. After upload every problem is listed by sheet, row and column; nothing is saved until all errors are fixed, and never only a part.",
                "6. 各字段的说明见“" + FIELDS_SHEET + "”工作表，单元格上的批注和输入提示也有说明。",
                "6. Sheet '" + FIELDS_SHEET + "' explains every field; header comments and input prompts repeat the hints.",
        };
        for (int i = 0; i < lines.length; i++) {
            text(s.createRow(i).createCell(0), lines[i], i == 0 ? st.title() : st.wrap());
        }
        s.setColumnWidth(0, 120 * 256);
    }

    private static void data(Workbook wb, Styles st, CurrencyUnit currency, List<YearlyRecord> existing) {
        Sheet s = wb.createSheet(DATA_SHEET);
        CreationHelper ch = wb.getCreationHelper();
        Drawing<?> drawing = s.createDrawingPatriarch();
        DataValidationHelper dv = s.getDataValidationHelper();
        Row zh = s.createRow(0);
        Row en = s.createRow(1);
        Row unit = s.createRow(2);
        Row ids = s.createRow(ID_ROW);
        header(zh, en, unit, ids, 0, Msg.of("cluster.template.year"), LocalizedText.of(""), CsvRecords.YEAR, st);
        s.addValidationData(validation(dv, 0, dv.createIntegerConstraint(OperatorType.BETWEEN,
                Integer.toString(YearlyRecord.MIN_YEAR), Integer.toString(YearlyRecord.MAX_YEAR)),
                "year", "年份，如 2023 / The year, e.g. 2023"));
        List<Field> fields = FieldCatalogue.all();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            int col = i + 1;
            header(zh, en, unit, ids, col, f.label(), f.unit(currency), f.id(), st);
            String hint = f.hint().zh() + "（" + f.unit(currency).zh() + "，" + f.rangeText() + "）/ "
                    + f.hint().en() + " (" + f.unit(currency).en() + ", " + f.rangeText() + ")";
            s.addValidationData(validation(dv, col, constraint(dv, f), f.id(), hint));
            ClientAnchor anchor = ch.createClientAnchor();
            anchor.setCol1(col);
            anchor.setCol2(col + 3);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(ch.createRichTextString(hint));
            comment.setAuthor("GVC Lab");
            zh.getCell(col).setCellComment(comment);
            s.setColumnWidth(col, 16 * 256);
        }
        s.setColumnWidth(0, 10 * 256);
        zh.setHeightInPoints(45);
        en.setHeightInPoints(45);
        int r = FIRST_DATA_ROW;
        for (YearlyRecord rec : existing) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(rec.year());
            for (int i = 0; i < fields.size(); i++) {
                int col = i + 1;
                rec.value(fields.get(i).id()).ifPresent(v -> row.createCell(col).setCellValue(v));
            }
        }
        s.createFreezePane(1, FIRST_DATA_ROW);
    }

    private static void header(Row zh, Row en, Row unit, Row ids, int col, LocalizedText label, LocalizedText u,
                               String id, Styles st) {
        cell(zh, col, label.zh(), st.header());
        cell(en, col, label.en(), st.header());
        cell(unit, col, u.zh().equals(u.en()) ? u.zh() : u.zh() + " / " + u.en(), st.header());
        cell(ids, col, id, st.id());
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        text(row.createCell(col), text, style);
    }

    /** A text cell; one a spreadsheet would run as a formula gets the quote prefix (the rule of SpreadsheetCsv). */
    private static void text(Cell c, String text, @Nullable CellStyle style) {
        c.setCellValue(text);
        if (SpreadsheetCsv.formulaLike(text)) {
            CellStyle quoted = c.getSheet().getWorkbook().createCellStyle();
            if (style != null) {
                quoted.cloneStyleFrom(style);
            }
            quoted.setQuotePrefixed(true);
            c.setCellStyle(quoted);
        } else if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static DataValidationConstraint constraint(DataValidationHelper dv, Field f) {
        String min = RecordValidator.num(f.min());
        boolean open = f.max() == Double.POSITIVE_INFINITY;
        String max = open ? "" : RecordValidator.num(f.max());
        if (f.integral()) {
            return open ? dv.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, min, null)
                    : dv.createIntegerConstraint(OperatorType.BETWEEN, min, max);
        }
        return open ? dv.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, min, null)
                : dv.createDecimalConstraint(OperatorType.BETWEEN, min, max);
    }

    private static DataValidation validation(DataValidationHelper dv, int col, DataValidationConstraint c,
                                             String title, String hint) {
        DataValidation v = dv.createValidation(c,
                new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + MAX_DATA_ROWS - 1, col, col));
        v.createPromptBox(title.length() > 32 ? title.substring(0, 32) : title, cut(hint));
        v.setShowPromptBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("GVC Lab", cut("超出允许范围或不是数字 / Out of range or not a number. " + hint));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        return v;
    }

    /** Excel limits prompt and error texts to 255 characters. */
    private static String cut(String s) {
        return s.length() <= 255 ? s : s.substring(0, 254) + "…";
    }

    private static void fields(Workbook wb, Styles st, CurrencyUnit currency) {
        Sheet s = wb.createSheet(FIELDS_SHEET);
        String[] head = {"编号 Id", "中文名称", "English name", "单位 Unit", "范围 Range", "必填 Required", "说明", "Hint"};
        Row h = s.createRow(0);
        for (int i = 0; i < head.length; i++) {
            cell(h, i, head[i], st.header());
        }
        int r = 1;
        for (Field f : FieldCatalogue.all()) {
            Row row = s.createRow(r++);
            String[] v = {f.id(), f.label().zh(), f.label().en(), f.unit(currency).zh() + " / " + f.unit(currency).en(),
                    f.rangeText(), f.required() ? "是 yes" : "否 no", f.hint().zh(), f.hint().en()};
            for (int i = 0; i < v.length; i++) {
                text(row.createCell(i), v[i], null);
            }
        }
        int[] widths = {22, 24, 34, 16, 10, 12, 40, 60};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    /**
     * Reads an uploaded workbook (normally a filled-in template) and reports every problem: a file that is not an
     * Excel workbook, a missing data sheet, unknown or duplicated columns, values without a field id, wrong types,
     * out-of-range values, inconsistent values (see {@link RecordValidator}) and duplicated years.
     */
    public static ImportPreview read(InputStream in, String fileName) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return fileProblem(fileName, Msg.of("cluster.import.tooLarge", MAX_BYTES >> 20));
        }
        if (bytes.length == 0) {
            return fileProblem(fileName, "文件为空", "the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            return fileProblem(fileName, "这不是 Excel 文件（.xlsx 或 .xls），请用下载的模板填写后上传",
                    "this is not an Excel workbook (.xlsx or .xls); fill in the downloaded template and upload that");
        }
        if (magic == FileMagic.OOXML && unpackedBytes(bytes, MAX_UNPACKED_BYTES) > MAX_UNPACKED_BYTES) {
            return fileProblem(fileName, Msg.of("cluster.import.zipBomb", MAX_UNPACKED_BYTES >> 20));
        }
        Workbook wb;
        try {
            wb = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return fileProblem(fileName, "无法作为 Excel 打开（文件损坏或已加密）：" + e.getClass().getSimpleName(),
                    "the workbook cannot be opened (damaged or password-protected): " + e.getClass().getSimpleName());
        }
        try (wb) {
            return readData(wb, fileName);
        }
    }

    private static ImportPreview fileProblem(String file, String zh, String en) {
        return fileProblem(file, new LocalizedText(zh, en));
    }

    private static ImportPreview fileProblem(String file, LocalizedText message) {
        return new ImportPreview(List.of(), List.of(
                new ImportProblem(file, null, 0, "", "", Severity.ERROR, message)));
    }

    /**
     * How many bytes the parts of an .xlsx unpack to, counted while inflating and given up just past {@code limit}:
     * a workbook that unpacks to far more than a template ever holds (a "zip bomb") is refused before POI builds
     * it in memory. A damaged zip counts as 0 here and is reported by POI below.
     */
    static long unpackedBytes(byte[] xlsx, long limit) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        return total;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static ImportPreview readData(Workbook wb, String fileName) {
        Sheet s = wb.getSheet(DATA_SHEET);
        if (s == null) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            return fileProblem(fileName, "缺少工作表“" + DATA_SHEET + "”（文件中有：" + String.join("、", names) + "），请使用模板",
                    "sheet '" + DATA_SHEET + "' is missing (the file has: " + String.join(", ", names) + "); use the template");
        }
        RowImporter imp = new RowImporter(fileName, DATA_SHEET);
        Row ids = s.getRow(ID_ROW);
        int width = 0;
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null) {
                width = Math.max(width, row.getLastCellNum());
            }
        }
        int yearCol = -1;
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        List<Integer> unnamed = new ArrayList<>();
        boolean headerOk = true;
        for (int c = 0; c < width; c++) {
            String letter = CellReference.convertNumToColString(c);
            Cell cell = ids == null ? null : ids.getCell(c);
            String id = cell == null ? "" : text(cell).strip();
            if (id.isEmpty()) {
                unnamed.add(c);
                continue;
            }
            String before = seen.putIfAbsent(id, letter);
            if (before != null) {
                imp.error(ID_ROW + 1, letter, id, Msg.of("cluster.template.field_twice", id, before));
                headerOk = false;
            } else if (id.equals(CsvRecords.YEAR)) {
                yearCol = c;
            } else if (FieldCatalogue.contains(id)) {
                columnOf.put(id, c);
            } else {
                imp.error(ID_ROW + 1, letter, "", Msg.of("cluster.template.unknown_field", id));
                headerOk = false;
            }
        }
        if (yearCol < 0) {
            imp.error(ID_ROW + 1, "", CsvRecords.YEAR, Msg.of("cluster.template.year_missing"));
            headerOk = false;
        }
        int last = s.getLastRowNum();
        if (last - FIRST_DATA_ROW + 1 > MAX_DATA_ROWS) {
            imp.error(0, "", "", Msg.of("cluster.template.too_many_rows", MAX_DATA_ROWS));
            return imp.preview();
        }
        for (int c : unnamed) {
            for (int r = FIRST_DATA_ROW; r <= last; r++) {
                Row row = s.getRow(r);
                Cell cell = row == null ? null : row.getCell(c);
                if (cell != null && !raw(cell, "").blank()) {
                    String letter = CellReference.convertNumToColString(c);
                    imp.error(r + 1, letter, "", Msg.of("cluster.template.extra_column", letter));
                    headerOk = false;
                    break;
                }
            }
        }
        if (!headerOk) {
            return imp.preview();
        }
        for (int r = FIRST_DATA_ROW; r <= last; r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            RowImporter.RawCell year = raw(row.getCell(yearCol), CellReference.convertNumToColString(yearCol));
            Map<String, RowImporter.RawCell> cells = new LinkedHashMap<>();
            boolean blank = year.blank();
            for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
                RowImporter.RawCell c = raw(row.getCell(e.getValue()), CellReference.convertNumToColString(e.getValue()));
                cells.put(e.getKey(), c);
                blank &= c.blank();
            }
            if (!blank) {
                imp.row(r + 1, year, cells);
            }
        }
        return imp.preview();
    }

    private static String text(Cell c) {
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> RecordValidator.num(c.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    private static RowImporter.RawCell raw(@Nullable Cell c, String column) {
        if (c == null) {
            return new RowImporter.RawCell(column, null, null);
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> new RowImporter.RawCell(column, c.getNumericCellValue(), null);
            case STRING -> new RowImporter.RawCell(column, null, c.getRichStringCellValue().getString());
            case BOOLEAN -> new RowImporter.RawCell(column, null, Boolean.toString(c.getBooleanCellValue()));
            case ERROR -> new RowImporter.RawCell(column, null, "#ERROR");
            default -> new RowImporter.RawCell(column, null, null);
        };
    }
}
