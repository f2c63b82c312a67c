package org.gvclab.web.notebook;

import java.time.OffsetDateTime;

/** One saved state of a notebook, for history and restore. */
public record NotebookVersion(int versionNo, String savedBy, OffsetDateTime savedAt, String documentJson) {
}
