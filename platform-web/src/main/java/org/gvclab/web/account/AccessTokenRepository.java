package org.gvclab.web.account;

import static org.gvclab.web.db.Tables.ACCESS_TOKEN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** Stored personal access tokens (their hashes only), each of one user account. */
@Repository
class AccessTokenRepository {

    private final DSLContext dsl;

    AccessTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A valid token's id and the account it belongs to. */
    record Active(long id, long userId) {
    }

    long insert(long userId, String name, String hash, String prefix, OffsetDateTime now) {
        return dsl.insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.USER_ID, userId)
                .set(ACCESS_TOKEN.NAME, name)
                .set(ACCESS_TOKEN.TOKEN_HASH, hash)
                .set(ACCESS_TOKEN.TOKEN_PREFIX, prefix)
                .set(ACCESS_TOKEN.CREATED_AT, now)
                .returning(ACCESS_TOKEN.ID).fetchSingle(ACCESS_TOKEN.ID);
    }

    List<AccessToken> ofUser(long userId) {
        return dsl.select(ACCESS_TOKEN.ID, ACCESS_TOKEN.USER_ID, ACCESS_TOKEN.NAME, ACCESS_TOKEN.TOKEN_PREFIX,
                        ACCESS_TOKEN.CREATED_AT, ACCESS_TOKEN.LAST_USED_AT, ACCESS_TOKEN.REVOKED_AT)
                .from(ACCESS_TOKEN).where(ACCESS_TOKEN.USER_ID.eq(userId))
                .orderBy(ACCESS_TOKEN.ID.desc()).fetch(Records.mapping(AccessToken::new));
    }

    /** Revokes a token of the user; false when the user has no such token not yet revoked. */
    boolean revoke(long userId, long tokenId, OffsetDateTime now) {
        return dsl.update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, now)
                .where(ACCESS_TOKEN.ID.eq(tokenId).and(ACCESS_TOKEN.USER_ID.eq(userId))
                        .and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                .execute() > 0;
    }

    Optional<Active> findActive(String hash) {
        return dsl.select(ACCESS_TOKEN.ID, ACCESS_TOKEN.USER_ID).from(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.TOKEN_HASH.eq(hash).and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional(Records.mapping(Active::new));
    }

    void used(long tokenId, OffsetDateTime now) {
        dsl.update(ACCESS_TOKEN).set(ACCESS_TOKEN.LAST_USED_AT, now).where(ACCESS_TOKEN.ID.eq(tokenId)).execute();
    }
}
