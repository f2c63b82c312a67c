package org.gvclab.web.account;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.AppProperties;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.Passwords;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.security.UserAccount;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.security.UserSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administration of user accounts, and a user's own password change. Every change is audited. Passwords follow
 * {@link Passwords}; a password reset, a role change or disabling an account ends all of that user's sessions, a
 * user's own password change ends their other sessions ({@link UserSessions}). Wrong current passwords count like
 * failed sign-ins: after {@code gvclab.login.max-failed-attempts} the account locks and every session ends.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final UserSessions sessions;
    private final AppProperties.Login lockPolicy;
    private final TransactionTemplate transaction;

    public AccountService(UserAccounts users, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit,
                          Clock clock, UserSessions sessions, AppProperties properties,
                          PlatformTransactionManager transactions) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.lockPolicy = properties.login();
        this.transaction = new TransactionTemplate(transactions);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<UserSummary> all() {
        Map<Long, Set<Long>> memberships = users.jurisdictionIdsByUser();
        return users.findAll().stream()
                .map(a -> new UserSummary(a, memberships.getOrDefault(a.id(), Set.of()), a.lockedAt(clock.instant())))
                .toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public long create(NewUser user) {
        TenantScope scope = currentUser.scope();
        if (!user.username().matches(NewUser.USERNAME_PATTERN)) {
            throw new UserFacingException("account.error.username");
        }
        if (users.findByUsername(user.username()).isPresent()) {
            throw new UserFacingException("account.error.usernameTaken", user.username());
        }
        checkPassword(user.password(), user.username());
        long id = users.insert(user.username(), user.displayName(), encoder.encode(user.password()), user.role(),
                null, OffsetDateTime.now(clock));
        users.replaceMemberships(id, user.jurisdictionIds());
        audit.record(scope.username(), null, "user", id, "create", null,
                Map.of("username", user.username(), "role", user.role(), "jurisdictions", user.jurisdictionIds()));
        return id;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void changeRole(UserAccount before, Role role, boolean enabled) {
        TenantScope scope = currentUser.scope();
        if (before.id() == scope.userId() && (role != Role.ADMIN || !enabled)) {
            throw new UserFacingException("account.error.selfDemotion");
        }
        users.update(before.id(), before.version(), before.displayName(), role, enabled);
        audit.record(scope.username(), null, "user", before.id(), "update",
                Map.of("role", before.role(), "enabled", before.enabled()), Map.of("role", role, "enabled", enabled));
        if (role != before.role() || !enabled) {
            // a session keeps the role it signed in with: end them, so no one works on with a role or account taken away
            sessions.endAll(before.username());
        }
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        TenantScope scope = currentUser.scope();
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundInScopeException("user", userId));
        checkPassword(newPassword, account.username());
        users.updatePassword(userId, encoder.encode(newPassword));
        users.unlock(userId);
        audit.record(scope.username(), null, "user", userId, "resetPassword", null,
                Map.of("username", account.username()));
        sessions.endAll(account.username());
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void assignJurisdictions(long userId, Set<Long> jurisdictionIds) {
        TenantScope scope = currentUser.scope();
        users.findById(userId).orElseThrow(() -> new NotFoundInScopeException("user", userId));
        Set<Long> before = users.jurisdictionIds(userId);
        users.replaceMemberships(userId, jurisdictionIds);
        audit.record(scope.username(), null, "user", userId, "assign", Map.of("jurisdictions", before),
                Map.of("jurisdictions", Set.copyOf(jurisdictionIds)));
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void unlock(long userId) {
        TenantScope scope = currentUser.scope();
        users.findById(userId).orElseThrow(() -> new NotFoundInScopeException("user", userId));
        users.unlock(userId);
        audit.record(scope.username(), null, "user", userId, "unlock", null, null);
    }

    /**
     * A signed-in user changes their own password after confirming the current one. Not one transaction: a wrong
     * current password must stay counted although the change is refused.
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = currentUser.account().orElseThrow();
        if (account.lockedAt(clock.instant())) {
            sessions.endAll(account.username());
            throw new UserFacingException("profile.error.locked");
        }
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            OffsetDateTime until = OffsetDateTime.now(clock).plus(lockPolicy.lockDuration());
            if (users.recordFailedSignIn(account.username(), lockPolicy.maxFailedAttempts(), until)) {
                log.warn("Account '{}' locked until {} after {} wrong current passwords", account.username(), until,
                        lockPolicy.maxFailedAttempts());
                audit.record(account.username(), null, "user", account.id(), "lock", null, null);
                sessions.endAll(account.username());
                throw new UserFacingException("profile.error.locked");
            }
            throw new UserFacingException("profile.error.currentPassword");
        }
        checkPassword(newPassword, account.username());
        transaction.executeWithoutResult(status -> {
            users.updatePassword(account.id(), encoder.encode(newPassword));
            users.resetFailedSignIns(account.username());
            audit.record(account.username(), null, "user", account.id(), "changePassword", null, null);
        });
        sessions.endOthers(account.username());
    }

    private static void checkPassword(String password, String username) {
        Passwords.check(password, username).ifPresent(refusal -> {
            throw new UserFacingException(refusal.key(), refusal.args());
        });
    }
}
