package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The table layouts the readers understand. */
public enum TableFormat {
    /** The golden CSV layout: a directory (or zip) with Z.csv, Y.csv/Y_detail.csv, VA.csv, X.csv. */
    GOLDEN,
    /** OECD ICIO CSV: labels {@code CTRY_SECTOR}, final-demand columns per country and category, VA/TLS/OUT rows. */
    ICIO,
    /** WIOD 2016 release world input-output table (WIOT), as CSV export or .xlsx. */
    WIOD;

    /** Parses "golden", "icio" or "wiod". */
    public static TableFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown table format '" + s + "'; use golden, icio or wiod", e);
        }
    }

    /**
     * Guesses the layout: a directory or .zip is the golden layout; an .xlsx/.xlsb is WIOD; a CSV whose first line
     * holds WIOD's header codes ({@code c1}, {@code CONS_h}) is WIOD, otherwise ICIO.
     */
    public static TableFormat detect(Path path) {
        if (Files.isDirectory(path)) {
            return GOLDEN;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return GOLDEN;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsb")) {
            return WIOD;
        }
        try (var lines = Files.lines(path)) {
            String head = lines.limit(6).reduce("", (a, b) -> a + "\n" + b);
            return head.contains("CONS_h") || head.contains("II_fob") ? WIOD : ICIO;
        } catch (IOException | UncheckedIOException e) {
            throw new TableValidationException(path.getFileName().toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }
}
