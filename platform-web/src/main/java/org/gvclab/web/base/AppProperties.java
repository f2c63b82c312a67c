package org.gvclab.web.base;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * GVC Lab settings ({@code gvclab.*}).
 *
 * @param dataDir       where the embedded database and uploaded files live
 * @param adminPassword password of the administrator created on first start; empty means a random one is logged
 * @param demo          demo mode: sample jurisdictions, users and clusters, demo passwords on the login page
 * @param login         account lock-out policy
 * @param upload        the largest file accepted by each kind of upload (IO tables: {@code gvclab.io.max-upload})
 */
@ConfigurationProperties("gvclab")
public record AppProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String adminPassword,
        @DefaultValue Demo demo,
        @DefaultValue Login login,
        @DefaultValue Upload upload) {

    /** @param enabled whether the platform runs in demo mode */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param maxFailedAttempts failed sign-ins in a row that lock an account
     * @param lockDuration      how long a locked account stays locked
     */
    public record Login(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {
    }

    /**
     * Size limits, checked on the server before a file is read (the browser's own check is a convenience only).
     *
     * @param clusterData a cluster's yearly data (Excel template or CSV); at most 20 MB, the readers' own ceiling.
     *                    (A regional employment CSV is limited to 1 MB, IO tables by {@code gvclab.io.max-upload}.)
     */
    public record Upload(@DefaultValue("20MB") DataSize clusterData) {
    }
}
