package org.gvclab.core.io.model;

import org.gvclab.core.io.read.TableFormat;

/**
 * A deliberate break of the {@code io} dependency direction (the model must not know the readers), used only by
 * {@code ArchitectureTest} to show that its rule reports such a dependency.
 */
final class DeliberateViolation {

    private DeliberateViolation() {
    }

    static TableFormat modelReachingIntoTheReaders() {
        return TableFormat.GOLDEN;
    }
}
