package org.gvclab.web.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in caller and their tenant scope, read fresh from the database on every call so that a changed
 * membership or role takes effect at once.
 */
@Component
public class CurrentUser {

    private final UserRepository users;

    public CurrentUser(UserRepository users) {
        this.users = users;
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    public Optional<UserAccount> account() {
        return username().flatMap(users::findByUsername);
    }

    /** The caller's scope; refused when nobody is signed in. */
    public TenantScope scope() {
        UserAccount account = account().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return new TenantScope(account.id(), account.username(), account.role(), users.jurisdictionIds(account.id()));
    }
}
