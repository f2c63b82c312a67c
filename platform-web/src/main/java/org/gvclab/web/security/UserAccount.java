package org.gvclab.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A stored user account.
 *
 * @param locale      the language tag the user chose ({@code en}, {@code zh-CN}); null means the browser's
 * @param lockedUntil set after too many failed sign-ins; the account is refused until then
 * @param version     optimistic-lock version
 */
public record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
                          @Nullable String locale, boolean enabled, int failedAttempts,
                          @Nullable OffsetDateTime lockedUntil, OffsetDateTime createdAt, int version) {

    /** Whether sign-in is refused at {@code now} because of failed attempts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }
}
