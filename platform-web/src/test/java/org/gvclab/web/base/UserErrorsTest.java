package org.gvclab.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class UserErrorsTest {

    @Test
    void a_problem_the_user_can_fix_shows_its_own_message_without_an_incident() {
        var e = UserErrors.explain(new CompletionException(new UserFacingException("strategy.error.weights")), "t");
        assertThat(e.message()).isEqualTo(UserMessage.of("strategy.error.weights"));
        assertThat(e.incidentId()).isNull();
        assertThat(e.cancelled()).isFalse();
    }

    @Test
    void anything_else_shows_only_an_incident_id_never_the_exceptions_text() {
        var e = UserErrors.explain(new IllegalStateException("index 7 out of bounds in the secret table"), "t");
        assertThat(e.incidentId()).isNotBlank().hasSize(8);
        assertThat(e.message().key()).isEqualTo("error.unexpected");
        assertThat(e.message().args()).containsExactly(e.incidentId());
        assertThat(e.message().toString()).doesNotContain("secret");
    }

    @Test
    void cancellation_conflicts_and_records_out_of_scope_have_their_standard_messages() {
        assertThat(UserErrors.explain(new CancellationException(), "t").cancelled()).isTrue();
        assertThat(UserErrors.explain(new StaleDataException("cluster", 1), "t").message().key())
                .isEqualTo("error.stale");
        assertThat(UserErrors.explain(new NotFoundInScopeException("cluster", 1), "t").message().key())
                .isEqualTo("error.notFound");
    }

    @Test
    void a_text_the_core_wrote_in_both_languages_is_shown_in_the_readers() {
        var text = new org.gvclab.core.base.LocalizedText("缺少内销额", "domestic sales missing");
        var e = UserErrors.explain(UserFacingException.of(text), "t");
        Translations t = new Translations();
        assertThat(t.getTranslation(e.message().key(), Translations.ENGLISH, e.message().argArray()))
                .isEqualTo("domestic sales missing");
        assertThat(t.getTranslation(e.message().key(), Translations.CHINESE, e.message().argArray()))
                .isEqualTo("缺少内销额");
    }
}
