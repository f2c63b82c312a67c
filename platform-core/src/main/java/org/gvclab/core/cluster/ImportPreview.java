package org.gvclab.core.cluster;

import java.util.List;

/**
 * What an import would bring in, shown to the user before anything is saved: the records that could be read and
 * every problem found. Reading never saves; the caller saves all records or none ({@link #canSave()}).
 *
 * @param records      the records read, one per year, in file order (rows with an unreadable year are left out)
 * @param problems     the first {@link #MAX_LISTED} problems, in file order
 * @param errorCount   how many errors were found in all
 * @param warningCount how many warnings were found in all
 */
public record ImportPreview(List<YearlyRecord> records, List<ImportProblem> problems, int errorCount,
                            int warningCount) {

    /** Most problems kept and listed: a broken file of thousands of rows still gives a short, light preview. */
    public static final int MAX_LISTED = 200;

    public ImportPreview {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** A preview that lists every problem found. */
    public ImportPreview(List<YearlyRecord> records, List<ImportProblem> problems) {
        this(records, problems, (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count(),
                (int) problems.stream().filter(p -> p.severity() != Severity.ERROR).count());
    }

    /** Whether the import may be saved: it has records and no error (warnings do not block). */
    public boolean canSave() {
        return !records.isEmpty() && errorCount == 0;
    }

    /** How many problems were found in all, listed or not. */
    public int problemCount() {
        return errorCount + warningCount;
    }

    /** Whether more problems were found than {@link #problems()} lists. */
    public boolean truncated() {
        return problemCount() > problems.size();
    }

    /** The errors only. */
    public List<ImportProblem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
