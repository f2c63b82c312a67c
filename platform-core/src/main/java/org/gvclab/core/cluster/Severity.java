package org.gvclab.core.cluster;

/** How serious a data problem is: an error blocks saving, a warning only asks the user to check. */
public enum Severity {
    ERROR,
    WARNING
}
