package org.gvclab.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontLocatorTest {

    @TempDir
    Path dir;

    private static CjkFontLocator locator(Map<String, String> settings, List<Path> known, List<Path> dirs) {
        return new CjkFontLocator(settings::get, known, dirs);
    }

    /** Liberation Sans (shipped in PDFBox): a real TrueType font without Chinese glyphs. */
    private Path latinFont(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void with_nothing_found_the_message_says_what_to_install_and_which_variable_to_set() {
        CjkFontLocator none = locator(Map.of(), List.of(dir.resolve("missing.ttc")), List.of(dir));
        assertThat(none.find()).isEmpty();
        assertThatThrownBy(none::require).isInstanceOf(CjkFontNotFoundException.class)
                .hasMessageContaining("apt-get install fonts-wqy-microhei")
                .hasMessageContaining("GVCLAB_PDF_FONT").hasMessageContaining("-Dgvclab.pdf.font");
    }

    @Test
    void a_configured_file_that_is_no_chinese_font_is_an_error_naming_the_variable_and_the_problem() throws IOException {
        Path latin = latinFont("latin.ttf");
        CjkFontLocator configured = locator(Map.of(CjkFontLocator.ENV, latin.toString()), List.of(), List.of());
        assertThatThrownBy(configured::find).isInstanceOf(CjkFontNotFoundException.class)
                .hasMessageContaining("GVCLAB_PDF_FONT=" + latin).hasMessageContaining("no glyph for '中'");
    }

    @Test
    void a_configured_opentype_cff_font_is_refused_with_the_reason() throws IOException {
        Path otf = Files.write(dir.resolve("NotoSansCJK-Regular.otf"), new byte[] {0x4F, 0x54, 0x54, 0x4F});
        CjkFontLocator configured = locator(Map.of(CjkFontLocator.PROPERTY, otf.toString()), List.of(), List.of());
        assertThatThrownBy(configured::find).hasMessageContaining("-Dgvclab.pdf.font").hasMessageContaining("CFF");
    }

    @Test
    void a_configured_missing_file_is_an_error_not_a_silent_fallback() {
        CjkFontLocator configured = locator(Map.of(CjkFontLocator.ENV, dir.resolve("nope.ttf").toString()),
                CjkFontLocator.KNOWN_FILES, List.of());
        assertThatThrownBy(configured::find).hasMessageContaining("no such file");
    }

    @Test
    void a_latin_font_in_a_scanned_folder_is_passed_over() throws IOException {
        latinFont("chinese-looking-name-zh.ttf");
        assertThat(locator(Map.of(), List.of(), List.of(dir)).find()).isEmpty();
    }

    @Test
    void a_collection_in_a_scanned_folder_is_found_and_its_proportional_face_chosen() throws IOException {
        CjkFont system = CjkFonts.requireOrSkip();
        Path copy = dir.resolve("sub").resolve("wqy-copy" + (system.collection() ? ".ttc" : ".ttf"));
        Files.createDirectories(copy.getParent());
        Files.copy(system.file(), copy);
        CjkFont found = locator(Map.of(), List.of(), List.of(dir)).find().orElseThrow();
        assertThat(found.file()).isEqualTo(copy);
        assertThat(found.postScriptName()).isEqualTo(system.postScriptName()).doesNotContainIgnoringCase("mono");
    }

    @Test
    void the_configured_font_wins_over_the_known_paths() throws IOException {
        CjkFont system = CjkFonts.requireOrSkip();
        Path copy = Files.copy(system.file(), dir.resolve(system.file().getFileName()));
        CjkFont found = locator(Map.of(CjkFontLocator.ENV, copy.toString()), CjkFontLocator.KNOWN_FILES, List.of())
                .find().orElseThrow();
        assertThat(found.file()).isEqualTo(copy);
    }
}
