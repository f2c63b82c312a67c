package org.gvclab.web.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the nightly backup ({@link H2Backup}). */
@Configuration
@EnableScheduling
class BackupScheduling {
}
