package org.gvclab.web.security;

import static org.gvclab.web.db.Tables.APP_USER;
import static org.gvclab.web.db.Tables.MEMBERSHIP;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Users and their jurisdiction memberships. Managing users is an administrator's job; see the account service. */
@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<UserAccount> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(UserRepository::toAccount);
    }

    Optional<UserAccount> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::toAccount);
    }

    List<UserAccount> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserRepository::toAccount);
    }

    boolean existsWithRole(Role role) {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(role.name()));
    }

    /** Inserts a user and returns its id. */
    long insert(String username, String displayName, String passwordHash, Role role,
                       @Nullable String locale, OffsetDateTime createdAt) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.LOCALE, locale)
                .set(APP_USER.CREATED_AT, createdAt)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** Changes name, role and enabled flag if nobody else changed the user since {@code version}. */
    void update(long id, int version, String displayName, Role role, boolean enabled) {
        int rows = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("user", id);
        }
    }

    void updatePassword(long id, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    void updateLocale(long id, String localeTag) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, localeTag).where(APP_USER.ID.eq(id)).execute();
    }

    /**
     * Counts a failed sign-in; at {@code maxAttempts} in a row the account is locked until {@code lockUntil}
     * and the counter starts again.
     *
     * @return whether this failure locked the account
     */
    boolean recordFailedSignIn(String username, int maxAttempts, OffsetDateTime lockUntil) {
        int rows = dsl.update(APP_USER)
                .set(APP_USER.FAILED_ATTEMPTS, APP_USER.FAILED_ATTEMPTS.plus(1))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
        if (rows == 0) {
            return false;
        }
        return dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, lockUntil)
                .set(APP_USER.FAILED_ATTEMPTS, 0)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.FAILED_ATTEMPTS.ge(maxAttempts)))
                .execute() > 0;
    }

    void resetFailedSignIns(String username) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    void unlock(long id) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id)).execute();
    }

    @Unscoped("the memberships of a user are what their tenant scope is built from")
    Set<Long> jurisdictionIds(long userId) {
        return Set.copyOf(dsl.select(MEMBERSHIP.JURISDICTION_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId)).fetch(MEMBERSHIP.JURISDICTION_ID));
    }

    /** The memberships of many users at once, for the administration grid. */
    @Unscoped("account administration is for administrators, who see every jurisdiction (AccountService checks)")
    Map<Long, Set<Long>> jurisdictionIdsByUser() {
        return dsl.select(MEMBERSHIP.USER_ID, MEMBERSHIP.JURISDICTION_ID).from(MEMBERSHIP).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> r.value2(), Collectors.toSet())));
    }

    /** Replaces all memberships of a user. */
    @Unscoped("account administration is for administrators, who see every jurisdiction (AccountService checks)")
    void replaceMemberships(long userId, Collection<Long> jurisdictionIds) {
        dsl.deleteFrom(MEMBERSHIP).where(MEMBERSHIP.USER_ID.eq(userId)).execute();
        if (!jurisdictionIds.isEmpty()) {
            var insert = dsl.insertInto(MEMBERSHIP, MEMBERSHIP.USER_ID, MEMBERSHIP.JURISDICTION_ID);
            for (Long jurisdictionId : jurisdictionIds) {
                insert = insert.values(userId, jurisdictionId);
            }
            insert.execute();
        }
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getUsername(), r.getDisplayName(), r.getPasswordHash(),
                Role.valueOf(r.getRole()), r.getLocale(), r.getEnabled(), r.getFailedAttempts(), r.getLockedUntil(),
                r.getCreatedAt(), r.getVersion());
    }
}
