package org.gvclab.core.strategy;

/**
 * A stored scenario document that cannot be read. The message starts with the JSON path of the problem, e.g.
 * {@code $.custom[0].levers[1].kind: unknown leverkind 'FOO' (one of …)}.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    ScenarioFormatException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** The JSON path of the problem, {@code $} for the document itself. */
    public String path() {
        return path;
    }
}
