package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MsgTest {

    @Test
    void a_key_resolves_in_both_languages() {
        LocalizedText t = Msg.of("base.not.available");
        assertThat(t.en()).isEqualTo("not available");
        assertThat(t.zh()).isEqualTo("无数据");
    }

    @Test
    void arguments_are_shown_by_what_they_are() {
        String s = Msg.format("{0} in {1}: {2} ({3})", Locale.ENGLISH,
                Num.index(64.0287), Num.year(2033), new LocalizedText("甲", "A"), "CN");
        assertThat(s).isEqualTo("64.0 in 2033: A (CN)");
        assertThat(Msg.format("{0}", Locale.CHINA, new LocalizedText("甲", "A"))).isEqualTo("甲");
    }

    @Test
    void raw_doubles_and_enums_are_refused_as_arguments() {
        assertThatThrownBy(() -> Msg.format("{0}", Locale.ENGLISH, 2024.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Num");
        assertThatThrownBy(() -> Msg.format("{0}", Locale.ENGLISH, Measure.YEAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unknown_key_fails_naming_its_bundle() {
        assertThatThrownBy(() -> Msg.of("base.no.such.key")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base.no.such.key").hasMessageContaining("texts_zh.properties");
    }
}
