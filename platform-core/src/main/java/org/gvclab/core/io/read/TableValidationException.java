package org.gvclab.core.io.read;

import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.io.model.IoException;
import org.jspecify.annotations.Nullable;

/**
 * An input table is malformed or inconsistent: a non-numeric cell, a ragged row, labels that differ between
 * files, negative gross output, an imbalance beyond tolerance, an unexpected zip entry. Carries the file, the
 * line (1-based, 0 when the problem is not on one line) and the label involved, so the user can find it.
 */
public final class TableValidationException extends IoException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final @Nullable String label;
    private final String problem;
    private final Reason reason;
    private final @Nullable LocalizedText text;

    /** What kind of problem: most are about the content; two kinds of upload get their own message in the app. */
    public enum Reason {
        /** a value, label or shape in the table */
        CONTENT,
        /** more data than the limits allow (a zip bomb, an endless line, an oversized entry) */
        TOO_LARGE,
        /** the file is not the container it claims to be (not a zip, not an .xlsx) */
        NOT_A_CONTAINER
    }

    public TableValidationException(String file, long line, @Nullable String label, String problem) {
        this(file, line, label, problem, Reason.CONTENT);
    }

    public TableValidationException(String file, long line, @Nullable String label, String problem, Reason reason) {
        super(format(file, line, label, problem));
        this.file = file;
        this.line = line;
        this.label = label;
        this.problem = problem;
        this.reason = reason;
        this.text = null;
    }

    /** A problem worded in both languages (texts from the core bundles); {@link #problem()} is the English one. */
    public TableValidationException(String file, long line, @Nullable String label, LocalizedText problem) {
        this(file, line, label, problem, Reason.CONTENT);
    }

    /** A problem worded in both languages, of the given kind. */
    public TableValidationException(String file, long line, @Nullable String label, LocalizedText problem,
                                    Reason reason) {
        super(format(file, line, label, problem.en()));
        this.file = file;
        this.line = line;
        this.label = label;
        this.problem = problem.en();
        this.text = problem;
        this.reason = reason;
    }

    /** What kind of problem this is. */
    public Reason reason() {
        return reason;
    }

    private static String format(String file, long line, @Nullable String label, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (label != null) {
            sb.append(", label '").append(label).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file (or zip entry) name. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** The row or column label involved, if any. */
    public @Nullable String label() {
        return label;
    }

    /** The problem without the location prefix. */
    public String problem() {
        return problem;
    }

    /** The problem in the reader's language where it was worded in both, in English otherwise. */
    public String problemIn(Locale locale) {
        return text == null ? problem : text.in(locale);
    }

    /** The same problem at a line shifted by {@code offset} (for files parsed in parallel chunks). */
    TableValidationException shiftedBy(long offset) {
        long shifted = line > 0 ? line + offset : line;
        return text == null ? new TableValidationException(file, shifted, label, problem, reason)
                : new TableValidationException(file, shifted, label, text, reason);
    }
}
