package org.gvclab.core.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated reference files shipped with the core (code lists, default reference values, sample
 * data): lines starting with {@code #} are comments, the first other line is the header, every data line must have
 * the expected number of columns. A broken file is a packaging error and fails loudly with its line number.
 */
public final class TsvResource {

    /**
     * One data line.
     *
     * @param line   its 1-based line number in the file, for messages
     * @param fields its columns
     */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public String get(int column) {
            return fields.get(column);
        }
    }

    private TsvResource() {
    }

    /** The data rows of {@code name}, a resource beside {@code owner}, each with exactly {@code columns} columns. */
    public static List<Row> rows(Class<?> owner, String name, int columns) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + " line " + n + ": expected " + columns + " columns, found "
                            + fields.length);
                }
                rows.add(new Row(n, List.of(fields)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
