package org.gvclab.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.MarkdownRenderer;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.reports.BriefContext;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.SampleBriefs;
import org.junit.jupiter.api.Test;

/** A machine without any CJK font: Chinese briefs fail with what to install, English ones still render. */
class PdfBriefWithoutCjkFontTest {

    private final PdfBriefRenderer noFont = new PdfBriefRenderer(
            new CjkFontLocator(name -> null, List.of(Path.of("/nonexistent/font.ttc")), List.of()));

    @Test
    void a_chinese_brief_fails_with_a_message_saying_what_to_install() {
        assertThatThrownBy(() -> noFont.render(SampleBriefs.small(Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(CjkFontNotFoundException.class)
                .hasMessageContaining("apt-get install fonts-wqy-microhei").hasMessageContaining("GVCLAB_PDF_FONT");
    }

    @Test
    void an_english_brief_that_quotes_chinese_names_also_needs_the_font() {
        assertThatThrownBy(() -> noFont.render(SampleBriefs.small(Locale.ENGLISH)))
                .isInstanceOf(CjkFontNotFoundException.class);
    }

    @Test
    void an_english_only_brief_renders_with_the_embedded_liberation_sans() throws IOException {
        var doc = new NotebookDocument("Garment brief", "en", NotebookParameters.none(),
                List.of(new MarkdownCell("m", "x")));
        var results = java.util.Map.of("m", List.<org.gvclab.core.notebook.CellResult>of(
                new MarkdownRenderer().render("# Overview\n\nOutput grew by 4.2% in 2023.")));
        var input = new BriefInput(new EvaluatedNotebook(doc, results, java.util.Set.of()),
                new BriefContext(LocalizedText.of("Yinzhou"), LocalizedText.of("Garments"),
                        java.time.LocalDate.of(2025, 1, 2), Locale.ENGLISH));
        PdfInspection pdf = new PdfInspection(noFont.render(input));
        assertThat(pdf.text()).contains("Overview").contains("Output grew by 4.2% in 2023.").contains("Page 2 of");
        assertThat(pdf.fonts).isNotEmpty().allSatisfy(f -> assertThat(f.getName()).contains("LiberationSans"));
        assertThat(pdf.fontProblems).isEmpty();
    }
}
