package org.gvclab.reports.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gvclab.reports.BriefInput;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Renders an evaluated notebook as an A4 PDF policy brief: cover (jurisdiction, cluster, date), contents with page
 * numbers, running header, "page X of Y", tables whose header row repeats on every page, vector charts (inline
 * SVG), and an annex with the provenance of every number. All fonts are embedded: the CJK TrueType font from
 * {@link CjkFontLocator} (its one face registered for both normal and bold, so bold text never falls back to
 * another face), or, for a brief with no Chinese text when no CJK font exists, Liberation Sans shipped inside PDFBox.
 * The brief loads nothing from outside (no network, no files).
 *
 * <p>Thread-safe; the font is looked up once per renderer.
 */
public final class PdfBriefRenderer {

    /** The CSS font family every element of the brief uses. */
    static final String FONT_FAMILY = "gvc-sans";

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING); // openhtmltopdf logs every step at INFO
        }
    }

    private final CjkFontLocator locator;
    private volatile @Nullable Optional<CjkFont> font;

    /** A renderer that finds the CJK font of this machine. */
    public PdfBriefRenderer() {
        this(new CjkFontLocator());
    }

    /** A renderer with its own font locator. */
    public PdfBriefRenderer(CjkFontLocator locator) {
        this.locator = locator;
    }

    /** The CJK font this renderer uses, if one was found. */
    public Optional<CjkFont> cjkFont() {
        Optional<CjkFont> f = font;
        if (f == null) {
            synchronized (this) {
                f = font;
                if (f == null) {
                    f = locator.find();
                    font = f;
                }
            }
        }
        return f;
    }

    /** The brief as PDF bytes. */
    public byte[] render(BriefInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            render(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the brief as PDF to {@code out} (not closed).
     *
     * @throws CjkFontNotFoundException when the brief has Chinese text (or is in Chinese) and no CJK font is found;
     *                                  the message says what to install
     */
    public void render(BriefInput input, OutputStream out) throws IOException {
        BriefHtml.Built built = BriefHtml.build(input);
        Document html = built.document();
        Optional<CjkFont> cjk = cjkFont();
        if (cjk.isEmpty() && (input.context().chinese() || containsCjk(html.text()))) {
            locator.require(); // throws with what to install
        }
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(html);
        addBookmarks(w3c, built.toc());
        List<Closeable> open = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            builder.withProducer("GVC Lab");
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            registerFonts(builder, pdf, cjk.orElse(null), open);
            builder.withW3cDocument(w3c, "about:blank");
            builder.toStream(out);
            builder.run();
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    private static void registerFonts(PdfRendererBuilder builder, PDDocument pdf, @Nullable CjkFont cjk,
                                      List<Closeable> open) throws IOException {
        PDFont document;
        if (cjk != null) {
            TrueTypeFont ttf;
            if (cjk.collection()) {
                TrueTypeCollection ttc = new TrueTypeCollection(cjk.file().toFile());
                open.add(ttc);
                ttf = ttc.getFontByName(cjk.postScriptName());
                if (ttf == null) {
                    throw new IOException("font " + cjk.file() + " has no face named " + cjk.postScriptName());
                }
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(cjk.file().toFile()));
                open.add(ttf);
            }
            document = PDType0Font.load(pdf, ttf, true);
            // SVG text is drawn as outlines through Batik, which reads the file itself (first face of a collection).
            for (int weight : new int[] {400, 700}) {
                builder.useFont(cjk.file().toFile(), FONT_FAMILY, weight, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.SVG));
            }
        } else {
            try (InputStream in = PdfBriefRenderer.class.getResourceAsStream(LIBERATION)) {
                if (in == null) {
                    throw new IOException("Liberation Sans is missing from the PDFBox jar (" + LIBERATION + ")");
                }
                document = PDType0Font.load(pdf, in, true);
            }
            FSSupplier<InputStream> svgFont = () -> PdfBriefRenderer.class.getResourceAsStream(LIBERATION);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(svgFont, FONT_FAMILY, weight, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
            }
        }
        for (int weight : new int[] {400, 700}) {
            for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                builder.useFont(new PDFontSupplier(document), FONT_FAMILY, weight, style, true);
            }
        }
    }

    private static void addBookmarks(org.w3c.dom.Document w3c, List<BriefHtml.TocEntry> toc) {
        Element head = (Element) w3c.getElementsByTagName("head").item(0);
        Element bookmarks = w3c.createElement("bookmarks");
        Element parent = null;
        for (BriefHtml.TocEntry entry : toc) {
            Element b = w3c.createElement("bookmark");
            b.setAttribute("name", entry.text());
            b.setAttribute("href", "#" + entry.id());
            if (entry.level() == 1 || parent == null) {
                bookmarks.appendChild(b);
                if (entry.level() == 1) {
                    parent = b;
                }
            } else {
                parent.appendChild(b);
            }
        }
        head.appendChild(bookmarks);
    }

    static boolean containsCjk(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        });
    }
}
