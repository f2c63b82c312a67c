package org.gvclab.core.io.regional;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.io.model.IoException;

/**
 * A regional employment CSV file ({@link EmploymentCsv}) was refused; carries every problem found, each located by
 * file, line and field, so that the user can fix them all at once.
 */
public final class EmploymentCsvException extends IoException {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final transient List<Problem> problems;

    public EmploymentCsvException(List<Problem> problems) {
        super(problems.stream().map(p -> p.location() + ": " + p.message().en()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an EmploymentCsvException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem of the file.
     *
     * @param file    the uploaded file's name
     * @param line    the 1-based line (the header is line 1), or 0 when it concerns the whole file
     * @param field   the column concerned ({@code sector}, {@code regional_employment}, {@code national_employment}),
     *                or empty
     * @param message what is wrong and what to do, in both languages
     */
    public record Problem(String file, long line, String field, LocalizedText message) {

        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
            if (line < 0) {
                throw new IllegalArgumentException("line must be ≥ 0");
            }
        }

        /** Where it is, e.g. {@code employment.csv, line 4, field national_employment}. */
        public String location() {
            StringBuilder b = new StringBuilder(file);
            if (line > 0) {
                b.append(", line ").append(line);
            }
            if (!field.isEmpty()) {
                b.append(", field ").append(field);
            }
            return b.toString();
        }
    }
}
