package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gvclab.core.base.Msg;

/**
 * Tells which release a file is from its name and first lines only (the whole file is never read here): a folder or
 * {@code .zip} is the golden layout, or a release file packed in a zip ({@link ZippedRelease}); an .xlsx, .xlsb or CSV whose first rows follow the WIOD sheet is WIOD 2013 or
 * 2016; a
 * CSV whose header line follows the OECD ICIO layout is one of its releases (docs/io-formats.md). When nothing
 * fits, the {@link Detection} lists every layout tried with the first difference from each.
 */
public final class LayoutDetection {

    private LayoutDetection() {
    }

    /** Detects the layout of a file or folder named by its own file name. */
    public static Detection detect(Path path) {
        Path name = path.getFileName();
        return detect(path, name == null ? path.toString() : name.toString());
    }

    /**
     * Detects the layout of {@code path}, judging the extension from {@code name} (the name the user gave an
     * upload) and naming it in messages.
     */
    public static Detection detect(Path path, String name) {
        if (Files.isDirectory(path)) {
            return Detection.recognised(name, TableRelease.GOLDEN, Msg.of("io.read.evidence.golden"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            // a release file as downloaded, packed in a zip: the release is told from the table inside
            Optional<ZippedRelease> release = Files.isRegularFile(path)
                    ? ZippedRelease.unpack(path, name, null, ZipLimits.defaults()) : Optional.empty();
            if (release.isPresent()) {
                try (ZippedRelease r = release.get()) {
                    return detect(r.file(), r.file().getFileName().toString());
                }
            }
            return Detection.recognised(name, TableRelease.GOLDEN, Msg.of("io.read.evidence.golden"));
        }
        List<Detection.Tried> tried = new ArrayList<>();
        if (lower.endsWith(".xls")) {
            tried.add(new Detection.Tried(Msg.of("io.read.layout.icio"), Msg.of("io.read.diff.notCsv")));
            tried.add(new Detection.Tried(Msg.of("io.read.layout.wiod"), Msg.of("io.read.diff.binary")));
            tried.add(golden());
            return Detection.unknown(name, tried);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsb")) {
            tried.add(new Detection.Tried(Msg.of("io.read.layout.icio"), Msg.of("io.read.diff.notCsv")));
            return decide(name, wiod(path), tried);
        }
        LayoutMatch icio = IcioLayout.recognise(headerLine(path, name));
        if (icio instanceof LayoutMatch.Found f) {
            return Detection.recognised(name, f.release(), f.evidence());
        }
        tried.add(new Detection.Tried(Msg.of("io.read.layout.icio"), ((LayoutMatch.Differs) icio).difference()));
        return decide(name, wiod(path), tried);
    }

    private static Detection decide(String name, LayoutMatch wiod, List<Detection.Tried> tried) {
        if (wiod instanceof LayoutMatch.Found f) {
            return Detection.recognised(name, f.release(), f.evidence());
        }
        tried.add(new Detection.Tried(Msg.of("io.read.layout.wiod"), ((LayoutMatch.Differs) wiod).difference()));
        tried.add(golden());
        return Detection.unknown(name, tried);
    }

    private static Detection.Tried golden() {
        return new Detection.Tried(Msg.of("io.read.layout.golden"), Msg.of("io.read.diff.golden"));
    }

    /** The WIOD layout's verdict on the first rows of the sheet. */
    private static LayoutMatch wiod(Path path) {
        List<WiodReader.Row> rows = new ArrayList<>();
        boolean[] more = {false};
        SheetRows.of(path).forEach((line, cells) -> {
            if (rows.size() == WiodReader.HEAD_ROWS) {
                more[0] = true;
                return false;
            }
            rows.add(new WiodReader.Row(line, cells));
            return true;
        });
        return WiodReader.recognise(rows, !more[0]);
    }

    private static List<String> headerLine(Path path, String name) {
        try (InputStream in = Files.newInputStream(path);
                CsvLineReader r = new CsvLineReader(in, name, 1).detectSeparator()) {
            return r.nextLine() ? r.readAllText() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
