package org.gvclab.web.account;

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
import org.gvclab.web.security.UserAccounts;
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
    private final AccessTokenRepository tokens;
    private final UserAccounts users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokenService(AccessTokenRepository tokens, UserAccounts users, CurrentUser currentUser, AuditLog audit,
                       Clock clock) {
        this.tokens = tokens;
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
        long id = tokens.insert(account.id(), trimmed, hash(token), token.substring(0, 10), OffsetDateTime.now(clock));
        audit.record(account.username(), null, "access_token", id, "create", null, trimmed);
        return token;
    }

    /** The signed-in user's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<AccessToken> mine() {
        UserAccount account = currentUser.account().orElseThrow();
        return tokens.ofUser(account.id());
    }

    /** Revokes one of the signed-in user's tokens; another user's token is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        UserAccount account = currentUser.account().orElseThrow();
        if (!tokens.revoke(account.id(), tokenId, OffsetDateTime.now(clock))) {
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
        Optional<AccessTokenRepository.Active> row = tokens.findActive(hash(token));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = users.findById(row.get().userId()).filter(UserAccount::enabled);
        account.ifPresent(a -> tokens.used(row.get().id(), OffsetDateTime.now(clock)));
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
