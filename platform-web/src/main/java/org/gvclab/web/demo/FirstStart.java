package org.gvclab.web.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.gvclab.web.base.AppProperties;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start (no administrator yet) creates the user {@code admin} with the password from
 * {@code GVCLAB_ADMIN_PASSWORD}, or with a random one that is printed to the log once.
 */
@Component
@Order(1)
class FirstStart implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final int MIN_LENGTH = 8;
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AppProperties properties;
    private final Clock clock;

    FirstStart(UserAccounts users, PasswordEncoder encoder, AppProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        String configured = properties.adminPassword();
        boolean random = configured.isBlank();
        if (!random && configured.length() < MIN_LENGTH) {
            throw new IllegalStateException("GVCLAB_ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters");
        }
        String password = random ? randomPassword() : configured;
        users.insert(ADMIN_USERNAME, "Administrator", encoder.encode(password), Role.ADMIN, null,
                OffsetDateTime.now(clock));
        if (random) {
            log.warn("""

                    ==========================================================================
                     First start: created administrator '{}' with the password
                         {}
                     It is shown only this once. Sign in and change it under Profile.
                    ==========================================================================""",
                    ADMIN_USERNAME, password);
        } else {
            log.info("First start: created administrator '{}' with the password from GVCLAB_ADMIN_PASSWORD",
                    ADMIN_USERNAME);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
