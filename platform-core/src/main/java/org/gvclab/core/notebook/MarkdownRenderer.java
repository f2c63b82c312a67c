package org.gvclab.core.notebook;

import java.util.Objects;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns CommonMark markdown into HTML that is safe to insert into a page or a PDF. Two independent layers:
 * CommonMark escapes every raw HTML block and inline tag (so {@code <script>} or {@code <img onerror=…>} shows as
 * text) and drops unsafe link targets ({@code javascript:}, {@code data:}, {@code vbscript:}); then jsoup cleans the
 * result against an allow-list (formatting, lists, tables, code, links to http/https/mailto only; no images, no
 * attributes but {@code href} and {@code title}, no {@code style}), and forces {@code rel="nofollow noopener"} on
 * links. Images are left out on purpose: a brief must not fetch remote content (*assumption*, revisit if authors
 * need figures).
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .removeProtocols("a", "href", "ftp");

    /** The safe HTML of {@code markdown} (a fragment: no {@code html} or {@code body} element). */
    public String toSafeHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String html = HTML.render(PARSER.parse(markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, out).strip();
    }

    /**
     * {@code html} cleaned against the same allow-list; idempotent on output of {@link #toSafeHtml}. Renderers apply
     * it to a {@link TextResult#safeHtml()} they did not build themselves, as a second line of defence.
     */
    public String sanitize(String html) {
        Objects.requireNonNull(html, "html");
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, out).strip();
    }

    /** A {@link TextResult} of {@code markdown}: the source, its safe HTML, no provenance. */
    public TextResult render(String markdown) {
        return new TextResult(markdown, toSafeHtml(markdown), Provenance.none());
    }
}
