package org.gvclab.core.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} options of a command, and flags without a value ({@code --progress}). */
record Options(Map<String, String> values) {

    private static final java.util.Set<String> FLAGS = java.util.Set.of("progress");

    static Options parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            if (FLAGS.contains(a.substring(2))) {
                m.put(a.substring(2), "true");
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            m.put(a.substring(2), args[++i]);
        }
        return new Options(Map.copyOf(m));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
    }

    int intValue(String name, int dflt) {
        return get(name).map(Integer::parseInt).orElse(dflt);
    }

    /** Whether a flag was given. */
    boolean flag(String name) {
        return values.containsKey(name);
    }
}
