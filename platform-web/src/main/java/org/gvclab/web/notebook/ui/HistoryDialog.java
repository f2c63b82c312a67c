package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Consumer;
import org.gvclab.web.notebook.NotebookVersion;
import org.jspecify.annotations.Nullable;

/** A notebook's saved versions (who, when); the owner restores one, which saves it as the newest. */
final class HistoryDialog extends Dialog {

    /**
     * @param onRestore called with the version to restore (the dialog closes), or null when the viewer may not
     */
    HistoryDialog(List<NotebookVersion> versions, @Nullable Consumer<NotebookVersion> onRestore) {
        setHeaderTitle(getTranslation("notebook.history"));
        setWidth("min(40rem, 95vw)");
        Grid<NotebookVersion> grid = new Grid<>();
        grid.setId("notebook-versions");
        grid.addColumn(NotebookVersion::versionNo).setHeader(getTranslation("notebook.version")).setAutoWidth(true);
        grid.addColumn(NotebookVersion::savedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(v -> v.savedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("history.at")).setAutoWidth(true);
        if (onRestore != null) {
            grid.addComponentColumn(v -> {
                Button restore = new Button(getTranslation("notebook.restore"), e -> {
                    close();
                    onRestore.accept(v);
                });
                restore.addClassName("restore-version");
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return restore;
            });
        }
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
