package org.gvclab.core.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The classic payloads: a script block, an event handler, javascript: links (markdown and raw), an iframe. */
    static final String XSS = """
            # 标题 Heading

            <script>alert('xss')</script>

            <img src=x onerror="alert(1)">

            [click](javascript:alert(2)) and [data](data:text/html;base64,PHNjcmlwdD4=)

            <a href="javascript:alert(3)">raw link</a> <iframe src="https://evil.example"></iframe>

            <div style="background:url(javascript:alert(4))" onclick="alert(5)">styled</div>
            """;

    @Test
    void markdown_formatting_becomes_html() {
        String html = renderer.toSafeHtml("# 概况 Overview\n\nThe cluster had **1,234** firms.\n\n- a\n- b\n\n"
                + "[GVC](https://example.org/gvc)");
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("h1").text()).isEqualTo("概况 Overview");
        assertThat(d.select("strong").text()).isEqualTo("1,234");
        assertThat(d.select("li")).hasSize(2);
        Element a = d.selectFirst("a");
        assertThat(a.attr("href")).isEqualTo("https://example.org/gvc");
        assertThat(a.attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void an_xss_payload_comes_out_inert() {
        String html = renderer.toSafeHtml(XSS);
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("script, iframe, img, div, style, object, embed")).isEmpty();
        assertThat(d.getAllElements()).allSatisfy(e -> e.attributes().forEach(attr -> {
            assertThat(attr.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            assertThat(attr.getValue().toLowerCase()).doesNotContain("javascript:").doesNotStartWith("data:");
        }));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
        // the raw HTML is still there for the reader, as text
        assertThat(d.text()).contains("<script>alert('xss')</script>").contains("raw link");
        assertThat(d.select("h1").text()).isEqualTo("标题 Heading");
    }

    @Test
    void sanitising_hand_written_html_removes_scripts_handlers_and_javascript_links() {
        String html = renderer.sanitize("<p onclick=\"x()\">ok</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">a</a><img src=x onerror=alert(3)>");
        assertThat(html).isEqualTo("<p>ok</p><a rel=\"nofollow noopener\">a</a>");
        assertThat(renderer.sanitize(renderer.toSafeHtml(XSS))).isEqualTo(renderer.toSafeHtml(XSS));
    }

    @Test
    void the_text_result_keeps_the_source_and_has_no_provenance() {
        TextResult r = renderer.render("*hi*");
        assertThat(r.markdown()).isEqualTo("*hi*");
        assertThat(r.safeHtml()).isEqualTo("<p><em>hi</em></p>");
        assertThat(r.provenance().isEmpty()).isTrue();
    }
}
