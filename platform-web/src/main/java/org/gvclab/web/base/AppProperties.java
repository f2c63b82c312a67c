package org.gvclab.web.base;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GVC Lab settings ({@code gvclab.*}).
 *
 * @param dataDir       where the embedded database and uploaded files live
 * @param adminPassword password of the administrator created on first start; empty means a random one is logged
 * @param demo          demo mode: sample jurisdictions, users and clusters, demo passwords on the login page
 * @param login         account lock-out policy
 */
@ConfigurationProperties("gvclab")
public record AppProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String adminPassword,
        @DefaultValue Demo demo,
        @DefaultValue Login login) {

    /** @param enabled whether the platform runs in demo mode */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param maxFailedAttempts failed sign-ins in a row that lock an account
     * @param lockDuration      how long a locked account stays locked
     */
    public record Login(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {
    }
}
