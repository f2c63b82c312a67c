package org.gvclab.web.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database ({@code gvclab.backup.*}).
 *
 * @param cron when to back up (Spring cron, seconds first); "-" turns scheduled backups off
 * @param dir  where backups go; empty means {@code <data directory>/backups}
 * @param keep how many of the newest backups to keep
 */
@ConfigurationProperties("gvclab.backup")
record BackupProperties(@DefaultValue("0 30 2 * * *") String cron, @Nullable Path dir,
                               @DefaultValue("7") int keep) {
}
