package org.gvclab.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The password policy (OWASP ASVS 4.0.3 §2.1, level 2) and the password hash.
 *
 * <ul>
 *   <li>length 12 to 128 characters, counted as Unicode code points; every character allowed, no composition rules
 *       (ASVS 2.1.1, 2.1.2, 2.1.4, 2.1.9);</li>
 *   <li>not one of the 100,000 most common leaked passwords (the {@code passwords} list shipped in the MIT-licensed
 *       nbvcxz library, {@code me.gosimple:nbvcxz} on Maven Central), compared without case (ASVS 2.1.7);</li>
 *   <li>not the username, and at least {@link #MIN_ENTROPY_BITS} bits by nbvcxz's estimate, which finds dictionary
 *       words, names, keyboard runs, repeats, sequences and years ("aaaaaaaaaaaa", "Password1234" fail).</li>
 * </ul>
 *
 * New hashes are PBKDF2-HMAC-SHA256 (Spring Security's 5.8 defaults: 310,000 iterations), which has no input
 * length limit; bcrypt hashes of earlier versions (bcrypt reads only 72 bytes) still verify.
 */
public final class Passwords {

    /** Shortest password accepted (ASVS 2.1.1); the forms show the same limit. */
    public static final int MIN_LENGTH = 12;
    /** Longest password accepted (ASVS 2.1.2 asks for at least 64; 128 allows long pass phrases). */
    public static final int MAX_LENGTH = 128;
    /** nbvcxz's own default threshold: about 3.4 × 10^10 guesses. */
    public static final double MIN_ENTROPY_BITS = 35.0;
    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS).setMaxLength(256).createConfiguration());
    private static volatile Set<String> common;

    private Passwords() {
    }

    /** Why a password is refused: a message key of the web bundles and its arguments. */
    public record Refusal(String key, Object... args) {
    }

    /** The first rule {@code password} breaks, or empty when it is acceptable for {@code username}. */
    public static Optional<Refusal> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Refusal("account.error.passwordShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Refusal("account.error.passwordLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords().contains(lower)) {
            return Optional.of(new Refusal("account.error.passwordCommon"));
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("account.error.passwordUsername"));
        }
        if (ESTIMATOR.estimate(password).getEntropy() < MIN_ENTROPY_BITS) {
            return Optional.of(new Refusal("account.error.passwordWeak"));
        }
        return Optional.empty();
    }

    /** The leaked-password list, loaded once (about 100,000 lines, 0.9 MB). */
    static Set<String> commonPasswords() {
        Set<String> set = common;
        if (set == null) {
            synchronized (Passwords.class) {
                set = common;
                if (set == null) {
                    set = load();
                    common = set;
                }
            }
        }
        return set;
    }

    private static Set<String> load() {
        try (InputStream in = Nbvcxz.class.getResourceAsStream("/dictionaries/passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("the nbvcxz password list is missing from the class path");
            }
            Set<String> set = new HashSet<>(200_000);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    set.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PBKDF2 for new hashes; bcrypt (the earlier default) and the other standard ids still verify. */
    public static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                // bcrypt reads at most 72 bytes: a longer password cannot be the one hashed, and must not fail
                return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                        && super.matches(raw, encoded);
            }
        });
        return new DelegatingPasswordEncoder(PBKDF2, encoders);
    }
}
