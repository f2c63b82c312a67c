package org.gvclab.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A user changes their own password only with the current one; passwords are stored as adaptive hashes; wrong
 * current passwords lock the account like failed sign-ins.
 */
@AppIT
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        SignedIn.as("demo-admin", "ADMIN");
        accounts.create(new NewUser("password-changer", "Changer", Role.OFFICIAL, "first pass phrase 7391", Set.of()));
        assertThat(users.findByUsername("password-changer").orElseThrow().passwordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}");

        SignedIn.as("password-changer", "OFFICIAL");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password", "second pass phrase 8462"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword("first pass phrase 7391", "short"))
                .isInstanceOf(UserFacingException.class);
        accounts.changeOwnPassword("first pass phrase 7391", "second pass phrase 8462");

        String hash = users.findByUsername("password-changer").orElseThrow().passwordHash();
        assertThat(encoder.matches("second pass phrase 8462", hash)).isTrue();
        assertThat(encoder.matches("first pass phrase 7391", hash)).isFalse();
    }

    @Test
    void wrong_current_passwords_lock_the_account_after_five_and_then_even_the_right_one_is_refused() {
        SignedIn.as("demo-admin", "ADMIN");
        accounts.create(new NewUser("current-guesser", "Guesser", Role.OFFICIAL, "right pass phrase 5531", Set.of()));
        SignedIn.as("current-guesser", "OFFICIAL");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong guess", "new pass phrase 6642"))
                    .isInstanceOf(UserFacingException.class).hasMessage("profile.error.currentPassword");
        }
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong guess", "new pass phrase 6642"))
                .isInstanceOf(UserFacingException.class).hasMessage("profile.error.locked");
        assertThatThrownBy(() -> accounts.changeOwnPassword("right pass phrase 5531", "new pass phrase 6642"))
                .isInstanceOf(UserFacingException.class).hasMessage("profile.error.locked");
        String hash = users.findByUsername("current-guesser").orElseThrow().passwordHash();
        assertThat(encoder.matches("right pass phrase 5531", hash)).isTrue();
    }

    @Test
    void a_password_of_a_hundred_characters_is_accepted_and_a_common_one_is_refused() {
        SignedIn.as("demo-admin", "ADMIN");
        String hundred = "a long pass phrase that goes on ".repeat(4).substring(0, 100);
        long id = accounts.create(new NewUser("long-phrase", "Long", Role.OFFICIAL, hundred, Set.of()));
        assertThat(encoder.matches(hundred, users.findById(id).orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(id, "123456789012"))
                .isInstanceOf(UserFacingException.class).hasMessage("account.error.passwordCommon");
    }
}
