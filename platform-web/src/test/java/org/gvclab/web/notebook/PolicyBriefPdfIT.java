package org.gvclab.web.notebook;

import static org.gvclab.web.support.TextChecks.DEVELOPER_FILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy brief of every demo cluster, in Chinese and in English, reads as a brief an official can forward: no
 * placeholder, no internal name, every number by the one number rule, a body of at most eight A4 pages, no page that
 * ends with a heading or with a table header left alone; and its workbook shows no number with more decimals than
 * the rule gives.
 */
@AppIT
class PolicyBriefPdfIT {

    /** A body of at most this many A4 pages, cover and contents included (issue 11). */
    static final int MAX_BODY_PAGES = 8;
    private static final List<String> PLACEHOLDERS = List.of("请用两三句话", "请根据诊断结果", "In two or three sentences",
            "From the diagnosis and the strategy ranking", "!notebook.", "!brief.");
    private static final Pattern ENUM_LIKE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]{2,})+\\b");
    private static final Pattern GROUPED_WITH_ZEROS = Pattern.compile("\\d,\\d{3}\\.000\\b");
    /**
     * A raw double: four or more decimals, except a small value shown with its three significant digits (0.0601),
     * which the rule allows.
     */
    private static final Pattern RAW_DECIMALS = Pattern.compile("(?<![\\d.,])(?:[1-9][\\d,]*\\.\\d{4,}"
            + "|0\\.[1-9]\\d{3,}|0\\.0[1-9]\\d{3,}|0\\.00[1-9]\\d{3,})");

    @Autowired
    NotebookService notebooks;
    @Autowired
    NotebookRendering rendering;
    @Autowired
    ClusterService clusters;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void every_demo_cluster_gets_a_short_brief_in_both_languages_with_every_number_and_word_right() throws IOException {
        SignedIn.as("demo-admin", "ADMIN");
        List<Cluster> demo = clusters.visible().stream().filter(c -> c.nameEn().contains("synthetic")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(4);
        List<String> measured = new ArrayList<>();
        for (Cluster c : demo) {
            for (String language : List.of("zh-CN", "en")) {
                StoredNotebook nb = notebooks.create(c.jurisdictionId(), NotebookTemplates.policyBrief(language,
                        new NotebookParameters(String.valueOf(c.id()), List.of(), null, null)));
                EvaluatedNotebook evaluated = rendering.evaluate(nb);
                String what = c.nameEn() + " " + language;

                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                rendering.pdf(nb, evaluated, false, pdf);
                save(nb, language, "pdf", pdf.toByteArray());
                try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).as(what).contains(language.startsWith("zh") ? "摘要" : "Summary")
                            .contains(language.startsWith("zh") ? "政策建议" : "Recommendation")
                            .doesNotContainPattern(DEVELOPER_FILES);
                    PLACEHOLDERS.forEach(p -> assertThat(text).as(what + ": placeholder").doesNotContain(p));
                    assertThat(matches(ENUM_LIKE, text)).as(what + ": enum-like ids").isEmpty();
                    assertThat(matches(GROUPED_WITH_ZEROS, text)).as(what + ": numbers like 2,024.000").isEmpty();
                    assertThat(matches(RAW_DECIMALS, text)).as(what + ": raw decimals").isEmpty();
                    if (language.startsWith("zh")) {
                        assertThat(text).as(what).doesNotContainPattern("第 ?\\d{4} ?年");
                    }
                    assertThat(doc.getNumberOfPages()).as(what + ": pages of the body").isLessThanOrEqualTo(MAX_BODY_PAGES);
                    assertThat(PageEnds.problems(doc)).as(what + ": pages that end badly").isEmpty();
                    measured.add(what + ": " + doc.getNumberOfPages() + " pages");
                }

                ByteArrayOutputStream withAppendix = new ByteArrayOutputStream();
                rendering.pdf(nb, evaluated, true, withAppendix);
                save(nb, language + "-appendix", "pdf", withAppendix.toByteArray());
                try (PDDocument doc = Loader.loadPDF(withAppendix.toByteArray())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).as(what + " with appendix")
                            .contains(language.startsWith("zh") ? "附录：数据、参数与来源" : "Appendix: data, parameters");
                    assertThat(matches(ENUM_LIKE, text)).as(what + " appendix: enum-like ids").isEmpty();
                    assertThat(text).as(what + " appendix").doesNotContainPattern(DEVELOPER_FILES).doesNotContain(" class");
                    assertThat(matches(GROUPED_WITH_ZEROS, text)).as(what + " appendix: numbers like 2,024.000").isEmpty();
                    measured.add(what + " with appendix: " + doc.getNumberOfPages() + " pages");
                }

                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                rendering.workbook(nb, evaluated, xlsx);
                save(nb, language, "xlsx", xlsx.toByteArray());
                workbookReadsRight(what, xlsx.toByteArray());
            }
        }
        System.out.println("Policy brief pages: " + String.join("; ", measured));
    }

    /** Sheet names whole (not cut at 31 characters) and no displayed value with more decimals than the rule. */
    private static void workbookReadsRight(String what, byte[] bytes) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.ENGLISH);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                String name = sheet.getSheetName();
                assertThat(name.length()).as(what + ": sheet " + name).isLessThan(31);
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            String s = shown.formatCellValue(cell);
                            assertThat(s).as(what + ": " + name + "!" + cell.getAddress()).doesNotContainPattern(
                                    "(?<![\\d.])[1-9][\\d,]*\\.\\d{4,}").doesNotContainPattern("\\d,\\d{3}\\.000\\b");
                        }
                    }
                }
            }
        }
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            out.add(text.substring(from, Math.min(text.length(), m.end() + 10)).replace('\n', ' '));
        }
        return out;
    }

    /** Keeps the rendered files under target/ for a reader to look at (measured page counts are printed). */
    private static void save(StoredNotebook nb, String language, String ext, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "policy-briefs");
        Files.createDirectories(dir);
        Files.write(dir.resolve("brief-" + nb.id() + "-" + language + "." + ext), bytes);
    }

    /**
     * The last content line of each page (running header and footer, at 8 pt, aside): a heading (a font of 11.4 pt
     * or more: the brief's h1–h3) there, or a table header row that the next page repeats as its first line, means
     * the page ends with a heading or a header left alone.
     */
    static final class PageEnds extends PDFTextStripper {
        private record Line(int page, float y, float size, String text) {
        }

        private final List<Line> lines = new ArrayList<>();
        private int page;

        PageEnds() throws IOException {
            setSortByPosition(true);
        }

        static List<String> problems(PDDocument doc) throws IOException {
            PageEnds s = new PageEnds();
            s.getText(doc);
            List<String> out = new ArrayList<>();
            int pages = doc.getNumberOfPages();
            for (int p = 1; p < pages; p++) {
                Line last = s.last(p);
                Line next = s.first(p + 1);
                if (last == null) {
                    continue;
                }
                if (last.size() >= 11.4f) {
                    out.add("page " + p + " ends with the heading '" + last.text() + "'");
                }
                if (next != null && next.text().equals(last.text()) && last.size() < 10f) {
                    out.add("page " + p + " ends with a lone table header '" + last.text() + "'");
                }
            }
            return out;
        }

        private Line last(int p) {
            return lines.stream().filter(l -> l.page() == p && l.size() > 8.2f)
                    .max(java.util.Comparator.comparingDouble(Line::y)).orElse(null);
        }

        private Line first(int p) {
            return lines.stream().filter(l -> l.page() == p && l.size() > 8.2f)
                    .min(java.util.Comparator.comparingDouble(Line::y)).orElse(null);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            page++;
            super.startPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!text.isBlank() && !positions.isEmpty()) {
                float size = (float) positions.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
                float y = positions.get(0).getYDirAdj();
                // pieces of one line (cells of a table row) merge into one line
                Line prev = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (prev != null && prev.page() == page && Math.abs(prev.y() - y) < 1f) {
                    lines.set(lines.size() - 1, new Line(page, y, Math.max(size, prev.size()), prev.text() + " " + text.strip()));
                } else {
                    lines.add(new Line(page, y, size, text.strip()));
                }
            }
            super.writeString(text, positions);
        }
    }
}
