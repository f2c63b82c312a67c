package org.gvclab.web.notebook;

import java.time.OffsetDateTime;
import org.gvclab.core.notebook.NotebookDocument;

/**
 * A stored notebook.
 *
 * @param shared  whether the other users of its jurisdiction may open it (read-only)
 * @param owner   the user who created it and may change it
 * @param version optimistic-lock version, which is also the number of its latest saved state
 */
public record StoredNotebook(long id, long jurisdictionId, NotebookDocument document, boolean shared, String owner,
                             int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
