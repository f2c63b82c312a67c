/** Online backups of the embedded H2 database (PostgreSQL deployments use pg_dump; README "Backup and restore"). */
@NullMarked
package org.gvclab.web.backup;

import org.jspecify.annotations.NullMarked;
