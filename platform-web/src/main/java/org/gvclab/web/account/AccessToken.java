package org.gvclab.web.account;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it: never the secret itself, only a prefix to recognise it.
 *
 * @param prefix the first characters of the token, for recognising it in a list
 */
public record AccessToken(long id, long userId, String name, String prefix, OffsetDateTime createdAt,
                          @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
