package org.gvclab.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvclab.core.base.Num;
import org.junit.jupiter.api.Test;

/** The web bundles: in step in both languages, formatted by the one placeholder rule of the core's {@code Msg}. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void both_bundles_have_exactly_the_same_keys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void the_chinese_bundle_is_actually_chinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        long withHan = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)).count();
        assertThat(withHan).isGreaterThan(zh.size() * 9L / 10);
    }

    @Test
    void a_key_is_translated_per_locale_with_arguments() {
        Translations t = new Translations();
        assertThat(t.getTranslation("nav.dashboard", Locale.ENGLISH)).isEqualTo("Dashboard");
        assertThat(t.getTranslation("nav.dashboard", Locale.forLanguageTag("zh-CN"))).isEqualTo("工作台");
        assertThat(t.getTranslation("nav.dashboard", Locale.forLanguageTag("zh-TW"))).isEqualTo("工作台");
        assertThat(t.getTranslation("nav.dashboard", Locale.GERMAN)).isEqualTo("Dashboard");
        assertThat(t.getTranslation("users.password.hint", Locale.ENGLISH, 12, 128))
                .startsWith("12 to 128 characters;");
    }

    @Test
    void a_missing_key_is_visible_instead_of_silently_blank() {
        assertThat(new Translations().getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void every_web_text_has_the_same_placeholders_in_both_languages_and_only_the_simple_kind() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> problems = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            String ve = en.getProperty(k);
            String vz = zh.getProperty(k);
            if (vz == null) {
                continue; // reported by both_bundles_have_exactly_the_same_keys
            }
            if (ve.isBlank() || vz.isBlank()) {
                problems.add(k + " is empty");
            }
            if (!placeholders(ve).equals(placeholders(vz))) {
                problems.add(k + " has " + placeholders(ve) + " in English but " + placeholders(vz) + " in Chinese");
            }
            for (String p : placeholders(ve)) {
                if (!p.matches("\\{\\d}")) {
                    problems.add(k + " uses " + p + ": only {0} to {9}, numbers are formatted by their Num");
                }
            }
            if (ve.contains("''") || vz.contains("''")) {
                problems.add(k + " doubles a quote: quotes are ordinary characters, not MessageFormat escapes");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_year_argument_stays_a_year_and_numbers_follow_the_number_rule() {
        Translations t = new Translations();
        assertThat(t.getTranslation("users.password.hint", Locale.ENGLISH, 2024, 128)).startsWith("2024 to 128");
        assertThat(t.getTranslation("users.password.hint", Locale.ENGLISH, Num.count(12345), 128)).startsWith("12,345 to");
        assertThat(t.getTranslation("questionnaire.governance.intro", Locale.ENGLISH, 4)).contains("the cluster's main buyers")
                .contains("Ratings from 4 count");
    }

    @Test
    void a_core_key_resolves_through_the_same_provider() {
        Translations t = new Translations();
        assertThat(t.getTranslation("base.not.available", Locale.ENGLISH)).isEqualTo("not available");
        assertThat(t.getTranslation("indicator.formula.at", Locale.forLanguageTag("zh-CN"), 3, "公式为空"))
                .isEqualTo("第 3 个字符处：公式为空");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
