package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps every core text bundle pair in step: same keys, same placeholders, nothing empty, keys in their package. */
class TextBundlesTest {

    private static final Path ROOT = Path.of("src/main/resources/org/gvclab/core");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void every_english_text_has_a_chinese_twin_with_the_same_placeholders() throws IOException {
        List<Path> english;
        try (Stream<Path> s = Files.walk(ROOT)) {
            english = s.filter(p -> p.getFileName().toString().equals("texts_en.properties")).toList();
        }
        assertThat(english).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            Path zh = en.resolveSibling("texts_zh.properties");
            assertThat(zh).as("Chinese twin of " + en).exists();
            Properties e = load(en);
            Properties z = load(zh);
            String pkg = ROOT.relativize(en.getParent()).toString().replace('/', '.');
            Set<String> keys = new TreeSet<>(e.stringPropertyNames());
            keys.addAll(z.stringPropertyNames());
            for (String k : keys) {
                if (!k.startsWith(pkg.split("\\.")[0] + ".")) {
                    problems.add(en + ": key " + k + " does not start with its package " + pkg);
                }
                String ve = e.getProperty(k);
                String vz = z.getProperty(k);
                if (ve == null || vz == null) {
                    problems.add(k + " is missing in " + (ve == null ? en : zh));
                } else if (ve.isBlank() || vz.isBlank()) {
                    problems.add(k + " is empty");
                } else if (!placeholders(ve).equals(placeholders(vz))) {
                    problems.add(k + " has placeholders " + placeholders(ve) + " in English but " + placeholders(vz) + " in Chinese");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
