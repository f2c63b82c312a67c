package org.gvclab.core.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.io.StringWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.gvclab.core.base.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The anonymised raw data of a workshop, one row per participant, activity and item: participants appear only as
 * P01, P02, … in the order they joined (no display names), so the file can leave the room. Written as CSV (UTF-8
 * with a byte-order mark so that spreadsheet programs read Chinese correctly; RFC 4180 quoting; a text starting
 * with {@code = + - @} gets a leading apostrophe so it never runs as a formula) or as an Excel workbook (texts
 * stored as texts).
 */
public final class RawData {

    /** The column headers of both formats. */
    public static final List<String> HEADERS = List.of("participant", "activity", "kind", "item", "item_en", "item_zh",
            "value", "comment", "submitted_at");

    /**
     * One participant's submission to one activity.
     *
     * @param participant the participant's 1-based number in joining order
     * @param activity    the activity
     * @param submission  what they submitted (their latest version)
     * @param submittedAt when
     */
    public record Entry(int participant, Activity activity, Submission submission, Instant submittedAt) {
        public Entry {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /**
     * One row: a score (1–7), a pairwise judgement a_ij (item {@code i|j}), a ranking position (1 = best) or an
     * approval (1 approved, 0 not).
     */
    public record Row(String participant, int activity, ActivityKind kind, String item, String itemEn, String itemZh,
                      double value, String comment, Instant submittedAt) {
    }

    private RawData() {
    }

    /** The rows of the entries, in the entries' order. */
    public static List<Row> rows(List<Entry> entries) {
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            String p = String.format("P%02d", e.participant());
            Activity a = e.activity();
            List<Criterion> items = a.items();
            Submission s = e.submission();
            if (s instanceof FactorScores f) {
                for (Criterion c : items) {
                    rows.add(new Row(p, a.position(), a.kind(), c.id(), c.name().en(), c.name().zh(),
                            f.scores().get(c.id()), f.comments().getOrDefault(c.id(), ""), e.submittedAt()));
                }
            } else if (s instanceof PairwiseJudgements j) {
                int n = items.size();
                for (int i = 0; i < n; i++) {
                    for (int k = i + 1; k < n; k++) {
                        Criterion ci = items.get(i);
                        Criterion ck = items.get(k);
                        rows.add(new Row(p, a.position(), a.kind(), ci.id() + "|" + ck.id(),
                                ci.name().en() + " vs " + ck.name().en(), ci.name().zh() + " 对 " + ck.name().zh(),
                                j.upper().get(PairwiseJudgements.indexOf(i, k, n)), "", e.submittedAt()));
                    }
                }
            } else if (s instanceof StrategyRanking r) {
                for (int pos = 0; pos < r.order().size(); pos++) {
                    Criterion c = find(items, r.order().get(pos));
                    rows.add(new Row(p, a.position(), a.kind(), c.id(), c.name().en(), c.name().zh(), pos + 1, "",
                            e.submittedAt()));
                }
            } else if (s instanceof StrategyVote v) {
                for (Criterion c : items) {
                    rows.add(new Row(p, a.position(), a.kind(), c.id(), c.name().en(), c.name().zh(),
                            v.approved().contains(c.id()) ? 1 : 0, "", e.submittedAt()));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The rows as CSV bytes (UTF-8 with BOM, CRLF line ends), formula-like texts neutralised ({@link SpreadsheetCsv}). */
    public static byte[] csv(List<Row> rows) {
        StringWriter text = new StringWriter();
        text.write("\uFEFF");
        SpreadsheetCsv out = new SpreadsheetCsv(text);
        out.row(HEADERS);
        for (Row r : rows) {
            out.text(r.participant()).number(r.activity()).text(r.kind().name()).text(r.item()).text(r.itemEn())
                    .text(r.itemZh()).number(r.value()).text(r.comment()).text(r.submittedAt().toString()).endRow();
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as an Excel workbook with one sheet, "raw data". */
    public static byte[] xlsx(List<Row> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("raw data");
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(i + 1);
                text(x.createCell(0), r.participant(), quoted);
                x.createCell(1).setCellValue(r.activity());
                x.createCell(2).setCellValue(r.kind().name());
                text(x.createCell(3), r.item(), quoted);
                text(x.createCell(4), r.itemEn(), quoted);
                text(x.createCell(5), r.itemZh(), quoted);
                x.createCell(6).setCellValue(r.value());
                text(x.createCell(7), r.comment(), quoted);
                x.createCell(8).setCellValue(r.submittedAt().toString());
            }
            sheet.createFreezePane(0, 1);
            wb.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the raw-data workbook", e);
        }
    }

    private static Criterion find(List<Criterion> items, String id) {
        return items.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidSubmissionException("unknown strategy " + id));
    }

    /** A text cell; a formula-like text gets Excel's quote prefix, so it stays text even when edited. */
    private static void text(Cell cell, String text, CellStyle quoted) {
        cell.setCellValue(text);
        if (SpreadsheetCsv.formulaLike(text)) {
            cell.setCellStyle(quoted);
        }
    }
}
