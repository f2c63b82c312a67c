package org.gvclab.web.notebook;

/** The templates a new notebook can start from. */
public enum NotebookTemplate {
    /** Summary, diagnosis, strategy comparison, recommendation, data annex. */
    POLICY_BRIEF,
    /** One text cell. */
    BLANK
}
