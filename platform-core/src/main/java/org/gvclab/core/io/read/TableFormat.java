package org.gvclab.core.io.read;

import java.nio.file.Path;
import java.util.Locale;

/** The table layouts the readers understand, one reader each; {@link TableRelease} names the releases within. */
public enum TableFormat {
    /** The golden CSV layout: a directory (or zip) with Z.csv, Y.csv/Y_detail.csv, VA.csv, X.csv. */
    GOLDEN,
    /** OECD ICIO CSV, releases 2016, 2018, 2021 and 2023 (extended and {@code _SML}). */
    ICIO,
    /** WIOD world input-output table (WIOT), releases 2013 and 2016, as .xlsx or .xlsb workbook or CSV export. */
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
     * The layout {@link LayoutDetection} recognises from the file's name and first lines.
     *
     * @throws TableValidationException when it matches no known layout (the message lists the layouts tried)
     */
    public static TableFormat detect(Path path) {
        Detection d = LayoutDetection.detect(path);
        return d.format().orElseThrow(d::unknownLayout);
    }
}
