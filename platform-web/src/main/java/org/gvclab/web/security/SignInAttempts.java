package org.gvclab.web.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gvclab.web.base.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@code gvclab.login.max-failed-attempts} wrong passwords in a row (default 5) for
 * {@code gvclab.login.lock-duration} (default 15 minutes) and ends its sessions; a successful sign-in clears the
 * count.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private final UserRepository users;
    private final AppProperties.Login policy;
    private final Clock clock;
    private final UserSessions sessions;

    SignInAttempts(UserRepository users, AppProperties properties, Clock clock, UserSessions sessions) {
        this.users = users;
        this.policy = properties.login();
        this.clock = clock;
        this.sessions = sessions;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        OffsetDateTime until = OffsetDateTime.now(clock).plus(policy.lockDuration());
        if (users.recordFailedSignIn(username, policy.maxFailedAttempts(), until)) {
            log.warn("Account '{}' locked until {} after {} failed sign-ins", username, until,
                    policy.maxFailedAttempts());
            // someone is guessing: whoever is signed in as this user is signed out too (ASVS 3.3)
            sessions.endAll(username);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.resetFailedSignIns(event.getAuthentication().getName());
    }
}
