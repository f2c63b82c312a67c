package org.gvclab.web.iotable;

/** The steps of an upload, in order; views show {@code io.phase.<name>} for each. */
public enum ImportPhase {
    /** Reading and parsing the file(s), checking labels, numbers and balance (the core's readers). */
    READING,
    /** Content checksum and the look-up of an identical stored table. */
    CHECKING,
    /** LU factorisation of {@code I − A}: a singular system is reported here, before anything is stored. */
    FACTORISING,
    /** Encoding and storing the table. */
    STORING,
    /** Finished: stored, or found already stored. */
    DONE
}
