package org.gvclab.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;

/**
 * Finds a TrueType font with Chinese glyphs for PDF briefs, in this order: the system property
 * {@value #PROPERTY} or the environment variable {@value #ENV} (a file; if set but unusable, that is an error, never
 * silently skipped); known Debian/Ubuntu, Fedora, macOS and Windows paths; then a scan of the usual font folders
 * for files whose names suggest CJK. A candidate qualifies when it has TrueType {@code glyf} outlines (CFF-outline
 * OpenType fonts such as Noto CJK cannot be embedded by openhtmltopdf) and maps 中, 国 and 链. In a collection
 * (.ttc) the first qualifying proportional face is used (WenQuanYi Micro Hei, not its Mono twin).
 */
public final class CjkFontLocator {

    /** System property naming a font file. */
    public static final String PROPERTY = "gvclab.pdf.font";
    /** Environment variable naming a font file. */
    public static final String ENV = "GVCLAB_PDF_FONT";

    /** What to do when no font is found; part of every "not found" message. */
    public static final String HOW_TO_INSTALL = "Install a Chinese TrueType font: on Debian/Ubuntu "
            + "'sudo apt-get install fonts-wqy-microhei' (or fonts-wqy-zenhei, fonts-droid-fallback); on Fedora "
            + "'sudo dnf install wqy-microhei-fonts'; or point the environment variable " + ENV
            + " (or the system property -D" + PROPERTY + ") at a .ttf/.ttc file with Chinese glyphs and TrueType "
            + "outlines. OpenType/CFF fonts such as Noto Sans CJK (.otf) do not work.";

    static final List<Path> KNOWN_FILES = Stream.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "C:\\Windows\\Fonts\\simhei.ttf").map(Path::of).toList();

    static final List<Path> FONT_DIRS = Stream.of(
            "/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts",
            System.getProperty("user.home") + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
            "C:\\Windows\\Fonts").map(Path::of).toList();

    private static final Pattern CJK_NAME = Pattern.compile(
            "(?i).*(wqy|droidsansfallback|uming|ukai|arphic|cjk|sourcehan|han|hei|song|kai|ming|fang|yahei|msyh|"
                    + "msjh|simsun|simhei|mingliu|pingfang|gothic|mincho|unicode|chinese|zh|cn).*\\.(ttf|ttc)");

    private final UnaryOperator<@Nullable String> env;
    private final List<Path> knownFiles;
    private final List<Path> fontDirs;

    /** The locator of this machine: system properties, environment, usual paths. */
    public CjkFontLocator() {
        this(name -> name.equals(ENV) ? System.getenv(ENV) : System.getProperty(name), KNOWN_FILES, FONT_DIRS);
    }

    /**
     * A locator with its own configuration (tests).
     *
     * @param settings   answers {@value #PROPERTY} and {@value #ENV} (null: not set)
     * @param knownFiles the files to try after the configured one
     * @param fontDirs   the folders to scan last
     */
    CjkFontLocator(UnaryOperator<@Nullable String> settings, List<Path> knownFiles, List<Path> fontDirs) {
        this.env = settings;
        this.knownFiles = List.copyOf(knownFiles);
        this.fontDirs = List.copyOf(fontDirs);
    }

    /**
     * The font to use, if any is found.
     *
     * @throws CjkFontNotFoundException when {@value #ENV} or {@value #PROPERTY} names a file that is not a usable
     *                                  font (the configuration is wrong, and guessing would hide it)
     */
    public Optional<CjkFont> find() {
        String configured = env.apply(PROPERTY);
        String from = "-D" + PROPERTY;
        if (configured == null || configured.isBlank()) {
            configured = env.apply(ENV);
            from = ENV;
        }
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured.strip());
            Candidate c = inspect(file);
            if (c.font == null) {
                throw new CjkFontNotFoundException(from + "=" + file + " is not a usable font: " + c.problem
                        + ". " + HOW_TO_INSTALL);
            }
            return Optional.of(c.font);
        }
        for (Path file : knownFiles) {
            if (Files.isRegularFile(file)) {
                CjkFont font = inspect(file).font;
                if (font != null) {
                    return Optional.of(font);
                }
            }
        }
        for (Path dir : fontDirs) {
            Optional<CjkFont> found = scan(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The font to use.
     *
     * @throws CjkFontNotFoundException with what to install when there is none
     */
    public CjkFont require() {
        return find().orElseThrow(() -> new CjkFontNotFoundException("No Chinese TrueType font found (looked at "
                + ENV + ", -D" + PROPERTY + ", " + knownFiles.size() + " known paths such as " + knownFiles.get(0)
                + ", and the font folders " + fontDirs + "). " + HOW_TO_INSTALL));
    }

    private Optional<CjkFont> scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 6)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> CJK_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(candidates::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty(); // an unreadable folder is no font; the caller's message lists the folders
        }
        for (Path file : candidates) {
            CjkFont font = inspect(file).font;
            if (font != null) {
                return Optional.of(font);
            }
        }
        return Optional.empty();
    }

    private record Candidate(@Nullable CjkFont font, String problem) {
    }

    static Candidate inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Candidate(null, "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                List<String> faces = new ArrayList<>();
                List<String> problems = new ArrayList<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(ttf -> {
                        String problem = problem(ttf);
                        if (problem == null) {
                            faces.add(ttf.getName());
                        } else {
                            problems.add(ttf.getName() + ": " + problem);
                        }
                    });
                }
                if (faces.isEmpty()) {
                    return new Candidate(null, String.join("; ", problems));
                }
                String face = faces.stream().filter(f -> !f.toLowerCase(Locale.ROOT).contains("mono")).findFirst()
                        .orElse(faces.get(0));
                return new Candidate(new CjkFont(file, face), "");
            }
            if (name.endsWith(".otf")) {
                return new Candidate(null, "OpenType/CFF outlines (.otf); openhtmltopdf embeds only TrueType glyf outlines");
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                String problem = problem(ttf);
                return problem == null ? new Candidate(new CjkFont(file, ttf.getName()), "")
                        : new Candidate(null, problem);
            }
        } catch (IOException | RuntimeException e) {
            return new Candidate(null, "not a readable TrueType font (" + e.getMessage() + ")");
        }
    }

    /** Null when {@code ttf} has glyf outlines and Chinese glyphs; otherwise what is wrong. */
    private static @Nullable String problem(TrueTypeFont ttf) throws IOException {
        if (!ttf.getTableMap().containsKey("glyf")) {
            return "no glyf table (CFF outlines); openhtmltopdf embeds only TrueType outlines";
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return "no Unicode character map";
        }
        for (int ch : new int[] {'中', '国', '链'}) {
            if (cmap.getGlyphId(ch) <= 0) {
                return "no glyph for '" + new String(Character.toChars(ch)) + "' (not a Chinese font)";
            }
        }
        return null;
    }
}
