package org.gvclab.web.methods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.gvclab.core.base.MethodsSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;

/**
 * The methods documentation as the Methods page shows it: the two documents of {@link MethodsSection.Doc} in the
 * reader's language, read from the classpath ({@code docs/}, copied from the repository's {@code docs/} at build
 * time), rendered to HTML with a table of contents. Each section keeps the anchor the documents declare
 * ({@code <a id="lock-in-index"></a>} before its heading), so {@code /methods#lock-in-index} lands on it in both
 * languages; links between the documents become links within the page.
 *
 * <p>Rendering is safe in two layers, as for notebook text: CommonMark escapes every raw HTML tag (the anchor lines
 * are read before parsing, never passed through) and drops unsafe link targets; jsoup then cleans the result against
 * an allow-list (no scripts, images, styles or event attributes; {@code id} only on headings).
 */
@Service
public class MethodsDocuments {

    /** A line that gives the next heading its anchor. */
    private static final Pattern ANCHOR_LINE = Pattern.compile("^<a id=\"([a-z0-9-]+)\"></a>\\s*$");
    /** The marker the anchor becomes at the end of its heading, read back after parsing. */
    private static final Pattern MARKER = Pattern.compile("\\s*\\{#([a-z0-9-]+)}$");
    private static final Pattern DOC_LINK = Pattern.compile("^(methods|model)(?:\\.zh)?\\.md(?:#([a-z0-9-]+))?$");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .preserveRelativeLinks(true);
    /** Only to resolve relative links while cleaning; never shown. */
    private static final String BASE = "https://gvclab.invalid/methods";

    private final Map<Locale, RenderedMethods> cache = new ConcurrentHashMap<>();

    /**
     * The rendered documentation and its contents.
     *
     * @param html     safe HTML: one {@code div} holding both documents, methods first
     * @param contents the top two heading levels, in order, with their anchors
     */
    public record RenderedMethods(String html, List<ContentsEntry> contents) {
    }

    /**
     * One line of the table of contents.
     *
     * @param level  1 for a document, 2 for a section
     * @param anchor the heading's id
     * @param title  the heading's text
     */
    public record ContentsEntry(int level, String anchor, String title) {
    }

    /** Both documents in the language of {@code locale} (Chinese for any {@code zh} locale, English otherwise). */
    public RenderedMethods render(Locale locale) {
        Locale lang = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return cache.computeIfAbsent(lang, this::renderNow);
    }

    private RenderedMethods renderNow(Locale locale) {
        StringBuilder html = new StringBuilder("<div class=\"methods-documents\">");
        List<ContentsEntry> contents = new ArrayList<>();
        for (MethodsSection.Doc doc : MethodsSection.Doc.values()) {
            html.append(renderOne(read(doc.file(locale)), contents));
        }
        html.append("</div>");
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return new RenderedMethods(Jsoup.clean(html.toString(), BASE, SAFELIST, out), List.copyOf(contents));
    }

    /** The markdown of {@code file} from the classpath's {@code docs/}. */
    static String read(String file) {
        try (InputStream in = MethodsDocuments.class.getResourceAsStream("/docs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("docs/" + file + " is missing from the classpath (copied at build time)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docs/" + file, e);
        }
    }

    /** One document: anchors moved onto their headings, links between the documents made page-internal. */
    static String renderOne(String markdown, List<ContentsEntry> contents) {
        Node root = PARSER.parse(withAnchorMarkers(markdown));
        Map<Node, String> ids = new IdentityHashMap<>();
        TextContentRenderer text = TextContentRenderer.builder().build();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = null;
                if (heading.getLastChild() instanceof Text t) {
                    Matcher m = MARKER.matcher(t.getLiteral());
                    if (m.find()) {
                        id = m.group(1);
                        t.setLiteral(t.getLiteral().substring(0, m.start()));
                    }
                }
                if (id == null) {
                    id = "section-" + (ids.size() + 1);
                }
                ids.put(heading, id);
                if (heading.getLevel() <= 2) {
                    contents.add(new ContentsEntry(heading.getLevel(), id, text.render(heading).strip()));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                Matcher m = DOC_LINK.matcher(link.getDestination());
                if (m.matches()) {
                    String anchor = m.group(2) != null ? m.group(2)
                            : "model".equals(m.group(1)) ? MethodsSection.MODEL.anchor() : "methods";
                    link.setDestination("#" + anchor);
                }
                visitChildren(link);
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        return renderer.render(root);
    }

    /** Replaces each anchor line by a marker at the end of the heading that follows it. */
    static String withAnchorMarkers(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        String pending = null;
        for (String line : lines) {
            Matcher m = ANCHOR_LINE.matcher(line);
            if (m.matches()) {
                pending = m.group(1);
                continue;
            }
            if (pending != null && line.startsWith("#")) {
                out.append(line.stripTrailing()).append(" {#").append(pending).append('}').append('\n');
                pending = null;
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
