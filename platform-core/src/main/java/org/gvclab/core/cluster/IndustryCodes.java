package org.gvclab.core.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;

/**
 * The shipped industry code list ({@code industry-codes.tsv}): ISIC Rev.4 divisions (UN 2008) and GB/T 4754-2017
 * major groups, with names in both languages (which of them are our translation is stated in the file header) and
 * the WIOD-56 sector where the correspondence is obvious.
 */
public final class IndustryCodes {

    private static final String RESOURCE = "industry-codes.tsv";
    private static final List<IndustryCode> ALL = load();

    private IndustryCodes() {
    }

    /** Every code of both schemes, in file order. */
    public static List<IndustryCode> all() {
        return ALL;
    }

    /** The codes of one scheme. */
    public static List<IndustryCode> of(IndustryCode.Scheme scheme) {
        return ALL.stream().filter(c -> c.scheme() == scheme).toList();
    }

    /** The code with this scheme and two-digit code. */
    public static Optional<IndustryCode> find(IndustryCode.Scheme scheme, String code) {
        return ALL.stream().filter(c -> c.scheme() == scheme && c.code().equals(code)).findFirst();
    }

    /** The code for a key as made by {@link IndustryCode#key()}, e.g. {@code ISIC_4:26}. */
    public static Optional<IndustryCode> byKey(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private static List<IndustryCode> load() {
        try (InputStream in = IndustryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<IndustryCode> out = new ArrayList<>();
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] p = line.split("\t", -1);
                if (p.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected 6 columns, found " + p.length);
                }
                out.add(new IndustryCode(IndustryCode.Scheme.valueOf(p[0]), p[1], p[2], new LocalizedText(p[3], p[4]), p[5]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
