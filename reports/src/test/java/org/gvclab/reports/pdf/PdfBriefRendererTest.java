package org.gvclab.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.gvclab.reports.SampleBriefs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfBriefRendererTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private static PdfBriefRenderer renderer;
    private static byte[] zhPdf;
    private static byte[] enPdf;
    private static PdfInspection zh;
    private static PdfInspection en;

    @BeforeAll
    static void renderBothLanguages() throws IOException {
        CjkFonts.requireOrSkip();
        renderer = new PdfBriefRenderer();
        zhPdf = renderer.render(SampleBriefs.small(ZH));
        enPdf = renderer.render(SampleBriefs.small(EN));
        zh = new PdfInspection(zhPdf);
        en = new PdfInspection(enPdf);
    }

    @Test
    void the_chinese_brief_holds_its_cover_headings_table_numbers_and_page_numbers() {
        String cover = zh.pages.get(0);
        assertThat(cover).contains("政策简报").contains("鄞州服装集群政策简报 Brief").contains("浙江省宁波市鄞州区")
                .contains("鄞州服装产业集群").contains("2025年3月14日").contains("2021, 2022, 2023");
        assertThat(cover).doesNotContain("第 1 页"); // the cover has no footer
        assertThat(zh.pages.get(1)).contains("目录");
        String all = zh.text();
        assertThat(all).contains("集群概况 Cluster overview").contains("表 1").contains("核心指标")
                .contains("图 1").contains("五因素得分").contains("附录：数据来源与计算方法");
        // header units and the numbers as NumberStyle shows them: 1,234,567.8 → 1,234,568; 0.0213 → 2.13%
        assertThat(all).contains("总产值 (万元)").contains("1,234,568").contains("1,236,568").contains("2.13%")
                .contains("3.5");
        assertThat(zh.pages.get(2)).containsPattern("第\\s*3\\s*页，\\s*共\\s*" + zh.pages.size() + "\\s*页");
        assertThat(zh.pages.get(2)).contains("浙江省宁波市鄞州区 · 鄞州服装产业集群"); // running header
        assertThat(zh.title).isEqualTo("鄞州服装集群政策简报 Brief");
    }

    @Test
    void the_english_brief_holds_its_cover_headings_table_numbers_and_page_numbers() {
        assertThat(en.pages.get(0)).contains("Policy brief").contains("Yinzhou District, Ningbo")
                .contains("Yinzhou garment cluster").contains("14 March 2025");
        assertThat(en.pages.get(1)).contains("Contents");
        String all = en.text();
        assertThat(all).contains("Table 1: Key indicators").contains("Figure 1: Five factor scores")
                .contains("Gross output (10k CNY)").contains("R&D intensity (%)").contains("1,234,568")
                .contains("2.13%").contains("Annex: provenance of every number");
        assertThat(en.pages.get(2)).containsPattern("Page\\s*3\\s*of\\s*" + en.pages.size());
    }

    @Test
    void the_provenance_annex_lists_formula_inputs_values_source_and_year() {
        String annex = flat(en.pages.get(en.pages.size() - 1));
        assertThat(annex).contains("A.1 Table 1: Key indicators").contains("rd_expenditure / gross_output")
                .contains("R&D expenditure = 26,296.3 10k CNY").contains("Gross output = 1,234,567.8 10k CNY")
                .contains("OECD Frascati Manual 2015").contains("2023")
                .contains("A.2 Figure 1: Five factor scores").contains("factor_technology_gap");
        assertThat(flat(zh.pages.get(zh.pages.size() - 1))).contains("研发经费 = 26,296.3 万元").contains("OECD《弗拉斯卡蒂").contains("手册》2015");
    }

    @Test
    void a_cell_that_failed_shows_its_reason() {
        assertThat(en.text()).contains("This part could not be computed: no data for 2023");
    }

    @Test
    void every_font_in_both_briefs_is_embedded() {
        for (PdfInspection pdf : List.of(zh, en)) {
            assertThat(pdf.fonts).isNotEmpty();
            assertThat(pdf.fontProblems).isEmpty();
        }
    }

    @Test
    void charts_are_vector_graphics_not_images() {
        assertThat(zh.rasterImages).isZero();
        assertThat(en.rasterImages).isZero();
    }

    @Test
    void every_page_renders_to_an_image_and_the_chart_pages_show_the_palette_blue() throws IOException {
        List<BufferedImage> images = PdfInspection.render(zhPdf, 40);
        assertThat(images).hasSize(zh.pages.size());
        for (BufferedImage image : images) {
            assertThat(image.getWidth()).isBetween(320, 340); // A4 is 210 mm = 330.7 px at 40 dpi
            assertThat(inkPixels(image)).isPositive();
        }
        int chartPage = pageOf(zh, "图 1");
        assertThat(bluePixels(PdfInspection.render(zhPdf, 100).get(chartPage))).isGreaterThan(500);
    }

    @Test
    void the_contents_give_the_page_on_which_each_heading_starts() {
        for (PdfInspection pdf : List.of(zh, en)) {
            Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(pdf.pages.get(1));
            List<String> checked = new ArrayList<>();
            while (m.find()) {
                String heading = m.group(1).strip();
                int page = Integer.parseInt(m.group(2));
                assertThat(pdf.pages.get(page - 1)).as("page %d holds '%s'", page, heading).contains(heading);
                for (int p = 2; p < page - 1; p++) {
                    assertThat(pdf.pages.get(p)).as("'%s' starts on page %d, not %d", heading, page, p + 1)
                            .doesNotContain(heading + "\n");
                }
                checked.add(heading);
            }
            assertThat(checked).hasSizeGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void the_pdf_has_bookmarks_for_the_headings_including_each_annex_entry() throws IOException {
        try (PDDocument doc = Loader.loadPDF(enPdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new ArrayList<>();
            outline.children().forEach(item -> {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add(child.getTitle()));
            });
            assertThat(titles).contains("集群概况 Cluster overview", "Table 1: Key indicators",
                    "Annex: provenance of every number", "A.1 Table 1: Key indicators");
        }
        assertThat(en.pages.get(1)).doesNotContain("A.1 Table 1"); // annex entries stay out of the contents page
    }

    @Test
    void a_long_table_repeats_its_header_row_on_every_page_it_spans() throws IOException {
        PdfInspection pdf = new PdfInspection(renderer.render(SampleBriefs.large(EN, 1, 150)));
        int pagesWithRows = 0;
        for (String page : pdf.pages) {
            if (page.contains("row ") && !page.contains("Annex")) {
                pagesWithRows++;
                assertThat(page).contains("Gross output (10k CNY)").contains("Year");
            }
        }
        assertThat(pagesWithRows).isGreaterThanOrEqualTo(3);
        assertThat(pdf.text()).contains("row 150");
    }

    @Test
    void an_xss_payload_in_markdown_is_shown_as_text_and_the_pdf_holds_no_script_or_unsafe_link() throws IOException {
        assertThat(en.text()).contains("<script>alert('xss')</script>").contains("<img src=x onerror=\"alert(1)\">");
        try (PDDocument doc = Loader.loadPDF(enPdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getNames() == null || catalog.getNames().getJavaScript() == null).isTrue();
            assertThat(catalog.getOpenAction()).isNull();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            assertThat(uri.getURI()).matches("(?i)(https?|mailto):.*");
                        } else if (action != null) {
                            assertThat(action).isInstanceOf(PDActionGoTo.class); // the contents' internal links
                        }
                    }
                }
            }
        }
        assertThat(new String(enPdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/Launch");
    }

    /** Text with line breaks and (non-breaking) spaces collapsed to one space: table cells wrap. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

    private static int pageOf(PdfInspection pdf, String text) {
        for (int p = 2; p < pdf.pages.size(); p++) {
            if (pdf.pages.get(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    private static int inkPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }

    /** Pixels close to the first palette colour #0072B2 (0, 114, 178). */
    private static int bluePixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r < 40 && Math.abs(g - 114) < 30 && Math.abs(b - 178) < 30) {
                    n++;
                }
            }
        }
        return n;
    }
}
