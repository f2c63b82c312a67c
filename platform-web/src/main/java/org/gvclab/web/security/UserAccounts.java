package org.gvclab.web.security;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The account store as other packages use it: account administration and profiles ({@code account}), access tokens,
 * demo seeding and the first start. The repository behind it is package-private; who may do what is checked by the
 * callers (account administration is for administrators).
 */
@Service
public class UserAccounts {

    private final UserRepository repository;

    UserAccounts(UserRepository repository) {
        this.repository = repository;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public Optional<UserAccount> findById(long id) {
        return repository.findById(id);
    }

    public List<UserAccount> findAll() {
        return repository.findAll();
    }

    public boolean existsWithRole(Role role) {
        return repository.existsWithRole(role);
    }

    /** Stores a new account and returns its id. */
    public long insert(String username, String displayName, String passwordHash, Role role, @Nullable String locale,
                       OffsetDateTime createdAt) {
        return repository.insert(username, displayName, passwordHash, role, locale, createdAt);
    }

    /** Changes name, role and enabled flag if nobody else changed the account since {@code version}. */
    public void update(long id, int version, String displayName, Role role, boolean enabled) {
        repository.update(id, version, displayName, role, enabled);
    }

    public void updatePassword(long id, String passwordHash) {
        repository.updatePassword(id, passwordHash);
    }

    /** Counts a failed sign-in (see {@link SignInAttempts}); returns whether it locked the account. */
    public boolean recordFailedSignIn(String username, int maxAttempts, OffsetDateTime lockUntil) {
        return repository.recordFailedSignIn(username, maxAttempts, lockUntil);
    }

    /** Starts the count of failed sign-ins again (after a correct password). */
    public void resetFailedSignIns(String username) {
        repository.resetFailedSignIns(username);
    }

    public void unlock(long id) {
        repository.unlock(id);
    }

    public Set<Long> jurisdictionIds(long userId) {
        return repository.jurisdictionIds(userId);
    }

    public Map<Long, Set<Long>> jurisdictionIdsByUser() {
        return repository.jurisdictionIdsByUser();
    }

    /** Replaces all memberships of an account. */
    public void replaceMemberships(long userId, Collection<Long> jurisdictionIds) {
        repository.replaceMemberships(userId, jurisdictionIds);
    }
}
