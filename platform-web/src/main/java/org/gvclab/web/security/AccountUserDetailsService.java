package org.gvclab.web.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in; a locked account is reported as such, so the right password is refused too. A
 * successful sign-in with an older hash (bcrypt) stores the password again with the current hash (PBKDF2).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.role().authority())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.findByUsername(user.getUsername()).ifPresent(a -> users.updatePassword(a.id(), newPassword));
        return User.withUserDetails(user).password(newPassword).build();
    }
}
