package org.gvclab.reports.pdf;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A TrueType (glyf-outline) font with Chinese glyphs that a PDF can embed.
 *
 * @param file           the font file (.ttf, or .ttc for a collection)
 * @param postScriptName the PostScript name of the face to use (inside a collection, which sub-font)
 */
public record CjkFont(Path file, String postScriptName) {

    public CjkFont {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(postScriptName, "postScriptName");
    }

    /** Whether the file is a TrueType collection. */
    public boolean collection() {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".ttc") || name.endsWith(".otc");
    }
}
