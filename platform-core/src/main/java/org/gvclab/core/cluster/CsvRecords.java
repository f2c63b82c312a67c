package org.gvclab.core.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV import and export of yearly records: UTF-8, comma-separated, RFC 4180 quoting, one row per year, header =
 * {@code year} followed by field ids ({@link FieldCatalogue}); an empty cell means "not entered". Reading returns an
 * {@link ImportPreview} with every problem located by file, row (1-based, the header is row 1) and column (1-based
 * number); it never saves anything.
 */
public final class CsvRecords {

    /** The header of the year column. */
    public static final String YEAR = "year";

    private CsvRecords() {
    }

    /** Writes records with a header of all field ids, in catalogue order. */
    public static void write(OutputStream out, List<YearlyRecord> records) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        header.add(YEAR);
        FieldCatalogue.all().forEach(f -> header.add(f.id()));
        w.write(String.join(",", header));
        w.write("\r\n");
        for (YearlyRecord r : records) {
            StringBuilder b = new StringBuilder().append(r.year());
            for (Field f : FieldCatalogue.all()) {
                b.append(',');
                r.value(f.id()).ifPresent(v -> b.append(RecordValidator.num(v)));
            }
            w.write(b.toString());
            w.write("\r\n");
        }
        w.flush();
    }

    /**
     * Reads records from a CSV file and reports every problem: unknown, duplicated or missing columns, rows with the
     * wrong number of cells, values that are not numbers or out of range, inconsistent values, duplicated years,
     * text that is not UTF-8.
     */
    public static ImportPreview read(InputStream in, String fileName) throws IOException {
        RowImporter imp = new RowImporter(fileName, null);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            imp.error(0, "", "", "文件不是 UTF-8 编码的 CSV，请另存为“CSV UTF-8”",
                    "the file is not UTF-8 text; save it as 'CSV UTF-8'");
            return imp.preview();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows;
        try {
            rows = parse(text);
        } catch (IllegalArgumentException e) {
            imp.error(0, "", "", "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage());
            return imp.preview();
        }
        if (rows.isEmpty()) {
            return imp.preview();
        }
        Row head = rows.get(0);
        int yearColumn = -1;
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        boolean headerOk = true;
        for (int c = 0; c < head.cells().size(); c++) {
            String h = head.cells().get(c).strip();
            String col = Integer.toString(c + 1);
            Integer before = firstSeen.putIfAbsent(h, c + 1);
            if (before != null && !h.isEmpty()) {
                imp.error(head.line(), col, h, "列“" + h + "”重复（第 " + before + " 列已有）",
                        "column '" + h + "' appears twice (also column " + before + ")");
                headerOk = false;
            } else if (h.equals(YEAR)) {
                yearColumn = c;
            } else if (FieldCatalogue.contains(h)) {
                columnOf.put(h, c);
            } else {
                imp.error(head.line(), col, "", "未知列“" + h + "”：表头应为 year 或字段编号（见模板）",
                        "unknown column '" + h + "': the header must be 'year' or a field id (see the template)");
                headerOk = false;
            }
        }
        if (yearColumn < 0) {
            imp.error(head.line(), "", YEAR, "缺少 year 列", "the 'year' column is missing");
            headerOk = false;
        }
        if (!headerOk) {
            return imp.preview();
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells().size() != head.cells().size()) {
                imp.error(row.line(), "", "", "该行有 " + row.cells().size() + " 个单元格，表头有 " + head.cells().size() + " 个",
                        "the row has " + row.cells().size() + " cells but the header has " + head.cells().size());
                continue;
            }
            Map<String, RowImporter.RawCell> cells = new LinkedHashMap<>();
            columnOf.forEach((id, c) -> cells.put(id, new RowImporter.RawCell(Integer.toString(c + 1), null, row.cells().get(c))));
            imp.row(row.line(), new RowImporter.RawCell(Integer.toString(yearColumn + 1), null, row.cells().get(yearColumn)), cells);
        }
        return imp.preview();
    }

    private record Row(int line, List<String> cells) {
    }

    /** RFC 4180: fields separated by commas, optionally quoted with doubled quotes inside; CRLF or LF. */
    private static List<Row> parse(String s) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell starting in line " + rowLine + " is never closed");
        }
        if (any || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
