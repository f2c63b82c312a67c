package org.gvclab.core.cluster;

import java.util.List;

/**
 * What an import would bring in, shown to the user before anything is saved: the records that could be read and
 * every problem found. Reading never saves; the caller saves all records or none ({@link #canSave()}).
 *
 * @param records  the records read, one per year, in file order (rows with an unreadable year are left out)
 * @param problems every problem, in file order
 */
public record ImportPreview(List<YearlyRecord> records, List<ImportProblem> problems) {

    public ImportPreview {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** Whether the import may be saved: it has records and no error (warnings do not block). */
    public boolean canSave() {
        return !records.isEmpty() && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The errors only. */
    public List<ImportProblem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
