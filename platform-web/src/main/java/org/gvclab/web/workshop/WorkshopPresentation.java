package org.gvclab.web.workshop;

import java.util.List;
import org.gvclab.core.notebook.CellResult;

/**
 * Results of a workshop as tables and charts, the same as a notebook's workshop cell shows them.
 *
 * @param activityIds the activities shown, in order (a view redraws charts in place while these stay the same)
 * @param results     their tables and charts
 * @param consistency the group consistency of the AHP activities among them that have submissions
 */
public record WorkshopPresentation(List<Long> activityIds, List<CellResult> results,
                                   List<GroupConsistency> consistency) {

    public WorkshopPresentation {
        activityIds = List.copyOf(activityIds);
        results = List.copyOf(results);
        consistency = List.copyOf(consistency);
    }
}
