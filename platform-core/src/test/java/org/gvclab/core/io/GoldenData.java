package org.gvclab.core.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/golden: skipped with a message where it is absent, a failure when CI=true. */
final class GoldenData {

    private GoldenData() {
    }

    static Path dir() {
        String prop = System.getProperty("gvclab.golden.dir");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "golden");
        if (!Files.isDirectory(p)) {
            String msg = "golden reference data not found at " + p.toAbsolutePath()
                    + " (system property gvclab.golden.dir); the golden comparisons are skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + msg.replace("are skipped", "cannot run"));
            }
            abort(msg);
        }
        return p;
    }
}
