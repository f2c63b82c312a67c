package org.gvclab.web.cluster;

import java.util.List;
import org.gvclab.core.cluster.RecordProblem;

/** A yearly record failed validation; nothing was written. Carries every problem found. */
public class RecordRejectedException extends RuntimeException {

    private final transient List<RecordProblem> problems;

    public RecordRejectedException(List<RecordProblem> problems) {
        super(problems.size() + " problem(s) in the record");
        this.problems = List.copyOf(problems);
    }

    public List<RecordProblem> problems() {
        return problems;
    }
}
