package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.cluster.ImportPreview;
import org.gvclab.core.cluster.ImportProblem;
import org.gvclab.core.cluster.Severity;
import org.gvclab.core.cluster.YearlyRecord;

/**
 * What an uploaded file would change, before anything is saved: the years it holds (and which replace stored
 * ones), and every problem by sheet, row and column. Importing is possible only when there is no error, and then
 * saves all years or none.
 */
class ImportPreviewDialog extends Dialog {

    ImportPreviewDialog(String fileName, ImportPreview preview, Collection<Integer> storedYears, Runnable onImport) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("import.title", fileName));
        setWidth("min(60rem, 95vw)");
        com.vaadin.flow.component.html.Div content = new com.vaadin.flow.component.html.Div();
        content.setId("import-preview");
        add(content);
        String years = preview.records().stream().map(YearlyRecord::year).map(String::valueOf)
                .collect(Collectors.joining(", "));
        String replaced = preview.records().stream().map(YearlyRecord::year).filter(storedYears::contains)
                .map(String::valueOf).collect(Collectors.joining(", "));
        content.add(new Paragraph(getTranslation("import.years", preview.records().size(), years.isEmpty() ? "—" : years)));
        if (!replaced.isEmpty()) {
            content.add(new Paragraph(getTranslation("import.replaces", replaced)));
        }
        if (!preview.problems().isEmpty()) {
            Paragraph count = new Paragraph(getTranslation("import.problems", preview.errorCount(),
                    preview.warningCount()));
            count.setId("import-problem-count");
            content.add(count);
            if (preview.truncated()) {
                Paragraph shown = new Paragraph(getTranslation("import.problems.truncated", preview.problems().size(),
                        preview.problemCount()));
                shown.setId("import-problems-truncated");
                content.add(shown);
            }
            Grid<ImportProblem> grid = new Grid<>();
            grid.setId("import-problems");
            grid.addColumn(p -> getTranslation(p.severity() == Severity.ERROR ? "data.problem.error"
                    : "data.problem.warning")).setHeader(getTranslation("import.severity")).setAutoWidth(true);
            grid.addColumn(p -> p.sheet() == null ? "" : p.sheet()).setHeader(getTranslation("import.sheet"))
                    .setAutoWidth(true);
            grid.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
            grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
            grid.addColumn(ImportProblem::fieldId).setHeader(getTranslation("import.field")).setAutoWidth(true);
            grid.addColumn(p -> p.message().in(locale)).setHeader(getTranslation("import.message")).setFlexGrow(1);
            grid.setItems(preview.problems());
            grid.setAllRowsVisible(preview.problems().size() <= 12);
            content.add(grid);
        }
        Button importButton = new Button(getTranslation("import.confirm", preview.records().size()), e -> {
            close();
            onImport.run();
        });
        importButton.setId("confirm-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(preview.canSave() && !preview.records().isEmpty());
        if (!importButton.isEnabled()) {
            Paragraph nothing = new Paragraph(getTranslation("import.nothingSaved"));
            nothing.setId("import-nothing-saved");
            content.add(nothing);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
    }
}
