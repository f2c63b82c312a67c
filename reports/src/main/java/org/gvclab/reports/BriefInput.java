package org.gvclab.reports;

import java.util.Objects;
import org.gvclab.core.notebook.EvaluatedNotebook;

/**
 * Everything a PDF brief or an Excel workbook is rendered from: an evaluated notebook and its context.
 *
 * @param notebook the notebook with every cell's results
 * @param context  jurisdiction, cluster, date and language
 */
public record BriefInput(EvaluatedNotebook notebook, BriefContext context) {

    public BriefInput {
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(context, "context");
    }
}
