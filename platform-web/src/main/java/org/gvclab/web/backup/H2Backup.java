package org.gvclab.web.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gvclab.web.base.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database while the application runs: H2's {@code BACKUP TO}, a consistent copy
 * of the database file in a zip, taken without stopping anyone's work. Runs on a schedule ({@code gvclab.backup.cron},
 * nightly at 02:30 by default) into {@code <data directory>/backups} and keeps the newest {@code gvclab.backup.keep}.
 * To restore, unzip a backup into an empty data directory and start the application on it (README, "Backup and
 * restore"). Only on H2 file databases; PostgreSQL is backed up with {@code pg_dump}.
 */
@Service
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:') and '${gvclab.backup.cron:}' != '-'")
class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final JdbcTemplate jdbc;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    H2Backup(DataSource dataSource, AppProperties app, BackupProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dir = properties.dir() != null ? properties.dir() : app.dataDir().resolve("backups");
        this.keep = Math.max(1, properties.keep());
        this.clock = clock;
    }

    /** Backs up now; returns the zip written. */
    @Scheduled(cron = "${gvclab.backup.cron:0 30 2 * * *}")
    public Path backUp() {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve("gvclab-" + STAMP.format(clock.instant().atZone(ZoneOffset.UTC)) + ".zip")
                    .toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            // H2 writes the zip itself; the rename makes a backup visible only once complete
            jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.info("Database backed up to {} ({} bytes)", target, Files.size(target));
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("backup into " + dir + " failed", e);
        }
    }

    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().matches("gvclab-\\d{8}-\\d{6}\\.zip"))
                    .sorted().toList();
        }
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.deleteIfExists(backups.get(i));
        }
    }
}
