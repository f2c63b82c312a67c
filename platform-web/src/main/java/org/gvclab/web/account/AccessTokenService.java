package org.gvclab.web.account;

import static org.gvclab.web.db.Tables.ACCESS_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.UserAccount;
import org.gvclab.web.security.UserRepository;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens, for scripts that fetch briefs and workbooks. A token is shown once when created; only
 * its SHA-256 hash is stored. A user lists and revokes their own tokens; a revoked token or one of a disabled
 * account authenticates nobody.
 */
@Service
public class AccessTokenService {

    /** Every token starts with this, so that it is recognisable in scripts and secret scanners. */
    public static final String PREFIX = "gvc_";
    /** Longest token name; the form uses the same limit. */
    public static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DSLContext dsl;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public AccessTokenService(DSLContext dsl, UserRepository users, CurrentUser currentUser, AuditLog audit,
                              Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the signed-in user and returns its secret, which is never shown again. */
    @Transactional
    public String create(String name) {
        UserAccount account = currentUser.account().orElseThrow();
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new UserFacingException("tokens.error.name", NAME_MAX);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = dsl.insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.USER_ID, account.id())
                .set(ACCESS_TOKEN.NAME, trimmed)
                .set(ACCESS_TOKEN.TOKEN_HASH, hash(token))
                .set(ACCESS_TOKEN.TOKEN_PREFIX, token.substring(0, 10))
                .set(ACCESS_TOKEN.CREATED_AT, OffsetDateTime.now(clock))
                .returning(ACCESS_TOKEN.ID).fetchSingle(ACCESS_TOKEN.ID);
        audit.record(account.username(), null, "access_token", id, "create", null, trimmed);
        return token;
    }

    /** The signed-in user's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<AccessToken> mine() {
        UserAccount account = currentUser.account().orElseThrow();
        return dsl.select(ACCESS_TOKEN.ID, ACCESS_TOKEN.USER_ID, ACCESS_TOKEN.NAME, ACCESS_TOKEN.TOKEN_PREFIX,
                        ACCESS_TOKEN.CREATED_AT, ACCESS_TOKEN.LAST_USED_AT, ACCESS_TOKEN.REVOKED_AT)
                .from(ACCESS_TOKEN).where(ACCESS_TOKEN.USER_ID.eq(account.id()))
                .orderBy(ACCESS_TOKEN.ID.desc()).fetch(Records.mapping(AccessToken::new));
    }

    /** Revokes one of the signed-in user's tokens; another user's token is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        UserAccount account = currentUser.account().orElseThrow();
        int rows = dsl.update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, OffsetDateTime.now(clock))
                .where(ACCESS_TOKEN.ID.eq(tokenId).and(ACCESS_TOKEN.USER_ID.eq(account.id()))
                        .and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                .execute();
        if (rows == 0) {
            throw new NotFoundInScopeException("access token", tokenId);
        }
        audit.record(account.username(), null, "access_token", tokenId, "revoke", null, null);
    }

    /** The account a presented token belongs to, if the token is valid, not revoked and the account enabled. */
    @Transactional
    public Optional<UserAccount> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var row = dsl.select(ACCESS_TOKEN.ID, ACCESS_TOKEN.USER_ID).from(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.TOKEN_HASH.eq(hash(token)).and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = users.findById(row.get().value2()).filter(UserAccount::enabled);
        account.ifPresent(a -> dsl.update(ACCESS_TOKEN).set(ACCESS_TOKEN.LAST_USED_AT, OffsetDateTime.now(clock))
                .where(ACCESS_TOKEN.ID.eq(row.get().value1())).execute());
        return account;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
