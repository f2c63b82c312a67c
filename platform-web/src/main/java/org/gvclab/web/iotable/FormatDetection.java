package org.gvclab.web.iotable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gvclab.core.io.read.TableFormat;

/**
 * Tells the layout of an uploaded file from its name and first lines: a {@code .zip} is the golden CSV layout, an
 * {@code .xlsx}/{@code .xlsb} is WIOD; a {@code .csv} is WIOD when its head holds WIOD's codes ({@code CONS_h},
 * {@code II_fob}, as the core's {@code TableFormat.detect}), ICIO when its header holds ICIO's final-demand or
 * output columns ({@code _HFCE}, {@code OUT}), and undecided otherwise — then the user chooses.
 */
final class FormatDetection {

    private static final int HEAD_BYTES = 512 * 1024;

    private FormatDetection() {
    }

    static Optional<TableFormat> detect(String uploadName, Path file) {
        String name = uploadName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return Optional.of(TableFormat.GOLDEN);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsb")) {
            return Optional.of(TableFormat.WIOD);
        }
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        String head = head(file);
        if (head.contains("CONS_h") || head.contains("II_fob")) {
            return Optional.of(TableFormat.WIOD);
        }
        int eol = head.indexOf('\n');
        String header = eol < 0 ? head : head.substring(0, eol);
        for (String cell : header.split(",")) {
            String c = cell.trim().replace("\"", "");
            if (c.endsWith("_HFCE") || c.equals("OUT") || c.endsWith("_GGFC")) {
                return Optional.of(TableFormat.ICIO);
            }
        }
        return Optional.empty();
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file.getFileName(), e);
        }
    }
}
