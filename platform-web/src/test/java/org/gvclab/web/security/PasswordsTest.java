package org.gvclab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordsTest {

    private static String refusal(String password) {
        return Passwords.check(password, "someone").map(Passwords.Refusal::key).orElse("accepted");
    }

    @Test
    void the_passwords_the_security_probe_used_are_refused() {
        assertThat(refusal("password")).isEqualTo("account.error.passwordShort");
        assertThat(refusal("12345678")).isEqualTo("account.error.passwordShort");
        assertThat(refusal("aaaaaaaa")).isEqualTo("account.error.passwordShort");
    }

    @Test
    void long_enough_but_common_or_guessable_passwords_are_refused() {
        assertThat(refusal("123456789012")).isEqualTo("account.error.passwordCommon");
        for (String guessable : new String[] {"aaaaaaaaaaaa", "Password1234", "qwertyuiop12", "iloveyou2024",
                "passwordpassword"}) {
            assertThat(refusal(guessable)).as(guessable)
                    .isIn("account.error.passwordCommon", "account.error.passwordWeak");
        }
        assertThat(refusal("Zzzzzzzzzzzzzzzz")).isEqualTo("account.error.passwordWeak");
        assertThat(Passwords.check("someone-likes-2027", "someone")).get()
                .extracting(Passwords.Refusal::key).isEqualTo("account.error.passwordUsername");
    }

    @Test
    void the_list_of_leaked_passwords_is_the_shipped_one_of_about_100000() {
        assertThat(Passwords.commonPasswords()).hasSizeGreaterThan(90_000).contains("password", "iloveyou");
    }

    @Test
    void pass_phrases_from_12_up_to_128_characters_are_accepted_and_129_are_not() {
        assertThat(refusal("Another good phrase 2027")).isEqualTo("accepted");
        String phrase128 = ("tea kettle orbit " + "x7#Q").repeat(8).substring(0, 128);
        assertThat(phrase128).hasSize(128);
        assertThat(refusal(phrase128)).isEqualTo("accepted");
        assertThat(refusal(phrase128 + "z")).isEqualTo("account.error.passwordLong");
        // length counts characters, not bytes: 12 Chinese characters are 36 bytes in UTF-8
        assertThat(refusal("山高月小水落石出风清云淡天")).isNotEqualTo("account.error.passwordShort");
    }

    @Test
    void the_demo_passwords_shown_on_the_login_page_meet_the_policy() {
        for (var account : org.gvclab.web.demo.DemoAccount.ALL) {
            assertThat(Passwords.check(account.password(), account.username())).as(account.username()).isEmpty();
        }
    }

    @Test
    void a_100_character_password_is_hashed_and_verified_whole_while_old_bcrypt_hashes_still_verify() {
        PasswordEncoder encoder = Passwords.encoder();
        String hundred = "a long pass phrase that goes on ".repeat(4).substring(0, 100);
        String hash = encoder.encode(hundred);
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(encoder.matches(hundred, hash)).isTrue();
        // bcrypt would have ignored everything after byte 72; PBKDF2 does not
        assertThat(encoder.matches(hundred.substring(0, 72) + "x".repeat(28), hash)).isFalse();

        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("admin-demo-2026");
        assertThat(encoder.matches("admin-demo-2026", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        assertThat(encoder.matches(hundred, bcrypt)).isFalse();
    }
}
