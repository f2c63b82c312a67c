package org.gvclab.web.account;

import java.util.Set;
import org.gvclab.web.security.Role;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, Role role, String password, Set<Long> jurisdictionIds) {

    /** Shortest password accepted; the form shows the same limit. */
    public static final int PASSWORD_MIN = org.gvclab.web.security.Passwords.MIN_LENGTH;
    /** Longest username the database accepts; the form uses the same limit. */
    public static final int USERNAME_MAX = 64;
    /** Usernames: letters, digits, dot, dash, underscore. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";

    public NewUser {
        jurisdictionIds = Set.copyOf(jurisdictionIds);
    }
}
