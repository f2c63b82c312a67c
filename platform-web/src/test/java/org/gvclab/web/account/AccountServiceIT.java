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

/** A user changes their own password only with the current one; passwords are stored as adaptive hashes. */
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
        accounts.create(new NewUser("password-changer", "Changer", Role.OFFICIAL, "first-password-1", Set.of()));
        assertThat(users.findByUsername("password-changer").orElseThrow().passwordHash()).startsWith("{bcrypt}");

        SignedIn.as("password-changer", "OFFICIAL");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password", "second-password-2"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword("first-password-1", "short"))
                .isInstanceOf(UserFacingException.class);
        accounts.changeOwnPassword("first-password-1", "second-password-2");

        String hash = users.findByUsername("password-changer").orElseThrow().passwordHash();
        assertThat(encoder.matches("second-password-2", hash)).isTrue();
        assertThat(encoder.matches("first-password-1", hash)).isFalse();
    }
}
