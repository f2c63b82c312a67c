package org.gvclab.reports;

import java.util.Objects;
import org.gvclab.core.notebook.EvaluatedNotebook;

/**
 * Everything a PDF brief or an Excel workbook is rendered from: an evaluated notebook and its context.
 *
 * @param notebook the notebook with every cell's results
 * @param context  jurisdiction, cluster, date and language
 * @param appendix whether the brief carries its appendix (tables marked as appendix material, and the provenance
 *                 of every number); without it the brief is the body alone, to be forwarded as it is
 */
public record BriefInput(EvaluatedNotebook notebook, BriefContext context, boolean appendix) {

    /** Everything, appendix included (the workbook always holds it). */
    public BriefInput(EvaluatedNotebook notebook, BriefContext context) {
        this(notebook, context, true);
    }

    public BriefInput {
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(context, "context");
    }
}
