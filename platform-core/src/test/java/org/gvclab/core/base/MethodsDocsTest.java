package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The methods documentation in {@code docs/} and the code that links to it stay in step: every {@link MethodsSection}
 * anchor exists in the English and the Chinese file of its document, every link between the four files lands on an
 * anchor, every section has a title in both languages, and the rendered text names no code or developer file.
 */
class MethodsDocsTest {

    private static final Path DOCS = Path.of("../docs");
    private static final Pattern ANCHOR = Pattern.compile("^<a id=\"([a-z0-9-]+)\"></a>$", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\]\\(((?:methods|model)(?:\\.zh)?\\.md)?#([^)]+)\\)");
    private static final List<String> FILES = List.of("methods.md", "methods.zh.md", "model.md", "model.zh.md");
    /**
     * A backticked Java name: a CamelCase type with two capitals or more (maybe with a package, member or call), or an
     * annotation. Formula symbols ({@code Ld}, {@code DVA_t}) and field ids ({@code value_added}) do not match.
     */
    private static final Pattern CODE_NAME = Pattern.compile("`(?:@[A-Z][A-Za-z0-9]*|(?:[a-z][a-z0-9]*\\.)*"
            + "[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*(?:\\(\\))?)`");
    /** Any file name ending in .md; only the four rendered documents may be named. */
    private static final Pattern MD_FILE = Pattern.compile("[A-Za-z0-9_.-]+\\.md\\b");

    private static Set<String> anchors(String file) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ANCHOR.matcher(Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void every_section_the_code_links_to_exists_in_both_languages_of_its_document() throws IOException {
        List<String> missing = new ArrayList<>();
        for (MethodsSection s : MethodsSection.values()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String file = s.doc().file(l);
                if (!anchors(file).contains(s.anchor())) {
                    missing.add(s + " → " + file + "#" + s.anchor());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_english_and_chinese_versions_have_the_same_sections_in_the_same_order() throws IOException {
        assertThat(List.copyOf(anchors("methods.zh.md"))).isEqualTo(List.copyOf(anchors("methods.md")));
        assertThat(List.copyOf(anchors("model.zh.md"))).isEqualTo(List.copyOf(anchors("model.md")));
    }

    @Test
    void every_link_between_the_methods_documents_lands_on_an_anchor() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : FILES) {
            Matcher m = LINK.matcher(Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1) == null ? file : m.group(1);
                if (!anchors(target).contains(m.group(2))) {
                    broken.add(file + ": " + m.group());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void every_section_has_a_title_in_both_languages_and_anchors_are_unique() {
        assertThat(Arrays.stream(MethodsSection.values()).map(MethodsSection::anchor).distinct().count())
                .isEqualTo(MethodsSection.values().length);
        for (MethodsSection s : MethodsSection.values()) {
            assertThat(s.title().en()).as(s.name()).isNotBlank();
            assertThat(s.title().zh()).as(s.name()).isNotBlank().isNotEqualTo(s.title().en());
            assertThat(s.href()).isEqualTo("/methods#" + s.anchor());
        }
    }

    /** The Methods page shows these files to officials and consultants, who read words, not code names. */
    @Test
    void the_rendered_documents_name_no_java_class_method_test_or_developer_file() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String file : FILES) {
            List<String> lines = Files.readAllLines(DOCS.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher code = CODE_NAME.matcher(lines.get(i));
                while (code.find()) {
                    offending.add(file + ":" + (i + 1) + " " + code.group());
                }
                Matcher md = MD_FILE.matcher(lines.get(i));
                while (md.find()) {
                    if (!FILES.contains(md.group())) {
                        offending.add(file + ":" + (i + 1) + " " + md.group());
                    }
                }
            }
        }
        assertThat(offending).as("code names or developer files on the Methods page (file:line name)").isEmpty();
    }

    @Test
    void the_code_name_check_recognises_class_member_and_file_names_but_not_formulas_or_field_ids() {
        for (String named : List.of("`LockInScorer`", "`WorkshopService.close`", "`DiagnosisResult.lockIn()`",
                "`web.benchmark.PeerService`", "`@Unscoped`")) {
            assertThat(CODE_NAME.matcher(named).find()).as(named).isTrue();
        }
        for (String plain : List.of("`value_added`", "`Ld`", "`OBM`", "`DVA_t`", "`w_f · S_f`", "`EE_i`", "McCombie")) {
            assertThat(CODE_NAME.matcher(plain).find()).as(plain).isFalse();
        }
        Matcher md = MD_FILE.matcher("see SOURCES.md and [Methods](methods.zh.md#workshop-aggregation)");
        List<String> found = new ArrayList<>();
        while (md.find()) {
            found.add(md.group());
        }
        assertThat(found).containsExactly("SOURCES.md", "methods.zh.md");
    }
}
