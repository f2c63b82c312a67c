package org.gvclab.web.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.MethodsSection;
import org.gvclab.web.methods.MethodsDocuments.ContentsEntry;
import org.gvclab.web.methods.MethodsDocuments.RenderedMethods;
import org.junit.jupiter.api.Test;

class MethodsDocumentsTest {

    private final MethodsDocuments documents = new MethodsDocuments();

    @Test
    void every_section_the_code_links_to_is_a_heading_of_the_page_in_both_languages() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            RenderedMethods r = documents.render(l);
            for (MethodsSection s : MethodsSection.values()) {
                assertThat(r.html()).as(s + " in " + l).containsPattern("<h[1-3] id=\"" + s.anchor() + "\">");
            }
            assertThat(r.contents()).extracting(ContentsEntry::anchor).contains("methods", "lock-in-index", "topsis");
        }
    }

    @Test
    void the_chinese_page_is_in_chinese_and_the_english_page_in_english() {
        assertThat(documents.render(Locale.forLanguageTag("zh-CN")).contents()).extracting(ContentsEntry::title)
                .contains("方法说明", "低端锁定指数");
        assertThat(documents.render(Locale.GERMAN).contents()).extracting(ContentsEntry::title)
                .contains("Methods", "Lock-in index");
    }

    @Test
    void tables_render_and_links_between_the_documents_stay_on_the_page() {
        String html = documents.render(Locale.ENGLISH).html();
        assertThat(html).contains("<table>").contains("<td>");
        assertThat(html).contains("href=\"#innovation-agglomeration\"").doesNotContain("href=\"model.md");
        assertThat(html).doesNotContain("&lt;a id=").doesNotContain("{#");
    }

    @Test
    void raw_html_and_unsafe_links_in_a_document_are_never_passed_through() {
        List<ContentsEntry> contents = new ArrayList<>();
        String html = MethodsDocuments.renderOne("""
                <a id="safe"></a>
                ## A heading

                <script>alert(1)</script> <img src=x onerror=alert(2)>

                A [click](javascript:alert) and <b onclick="x()">bold</b>.
                """, contents);
        assertThat(html).contains("<h2 id=\"safe\">A heading</h2>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript").doesNotContain("<b ");
        assertThat(html).contains(">click</a>");
        assertThat(contents).containsExactly(new ContentsEntry(2, "safe", "A heading"));
    }
}
