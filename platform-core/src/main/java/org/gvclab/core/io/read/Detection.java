package org.gvclab.core.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.jspecify.annotations.Nullable;

/**
 * What {@link LayoutDetection} found in a file: the release it recognised and the clues, or, when none fits, every
 * layout it tried with the first difference from each.
 *
 * @param file     the file's name, for messages
 * @param release  the recognised release, or null
 * @param evidence what gave the release away (empty when none was recognised)
 * @param tried    the layouts tried and how the file differs from each (empty when one was recognised)
 */
public record Detection(String file, @Nullable TableRelease release, LocalizedText evidence, List<Tried> tried) {

    /** One layout that did not fit: its name and the first difference. */
    public record Tried(LocalizedText layout, LocalizedText difference) {
    }

    public Detection {
        tried = List.copyOf(tried);
    }

    static Detection recognised(String file, TableRelease release, LocalizedText evidence) {
        return new Detection(file, release, evidence, List.of());
    }

    static Detection unknown(String file, List<Tried> tried) {
        return new Detection(file, null, LocalizedText.of(""), tried);
    }

    /** Whether a release was recognised. */
    public boolean isRecognised() {
        return release != null;
    }

    /** The reader to use, when a release was recognised. */
    public Optional<TableFormat> format() {
        return release == null ? Optional.empty() : Optional.of(release.format());
    }

    /** "OECD ICIO, 2018 release: final demand named country first …", or the unknown-layout message. */
    public LocalizedText describe() {
        if (release != null) {
            return Msg.of("io.read.note.release", release.displayName(), evidence);
        }
        return Msg.of("io.read.unknown", new LocalizedText(joined(Locale.SIMPLIFIED_CHINESE), joined(Locale.ENGLISH)));
    }

    private String joined(Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Tried t : tried) {
            parts.add(Msg.in(locale, "io.read.tried", t.layout(), t.difference()));
        }
        return String.join(Msg.in(locale, "base.list.separator"), parts);
    }

    /** The error for a file that matches no known layout (file name, whole file, the layouts tried). */
    public TableValidationException unknownLayout() {
        return new TableValidationException(file, 0, null, describe());
    }
}
