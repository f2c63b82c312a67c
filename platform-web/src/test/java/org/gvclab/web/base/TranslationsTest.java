package org.gvclab.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

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
}
