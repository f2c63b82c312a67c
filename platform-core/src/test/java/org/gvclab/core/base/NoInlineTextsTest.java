package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one text mechanism: core code reads its texts from the package bundles with {@link Msg}; a
 * {@code new LocalizedText("中文", "English")} written inline in core main sources is refused.
 */
class NoInlineTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A constructor call whose first argument starts with a string literal. */
    static final Pattern INLINE = Pattern.compile("new\\s+LocalizedText\\s*\\(\\s*\"");
    /** The text mechanism itself may build texts from strings. */
    private static final List<String> ALLOWED = List.of("LocalizedText.java", "Msg.java");

    @Test
    void no_core_source_writes_a_bilingual_text_inline() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !ALLOWED.contains(p.getFileName().toString())).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path f : files) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = INLINE.matcher(src);
            while (m.find()) {
                int line = (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(SOURCES.relativize(f) + ":" + line);
            }
        }
        assertThat(found).as("inline texts: move them to texts_en/zh.properties and read them with Msg.of").isEmpty();
    }

    @Test
    void the_scan_recognises_an_inline_text_spread_over_lines() {
        assertThat(INLINE.matcher("x = new LocalizedText(\n        \"中文\", \"English\");").find()).isTrue();
        assertThat(INLINE.matcher("x = new LocalizedText(zh, en);").find()).isFalse();
        assertThat(INLINE.matcher("x = Msg.of(\"base.not.available\");").find()).isFalse();
    }
}
