package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.web.cluster.StoredYear;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the same year while this user was editing it. Shows, field by field, what differs between
 * the stored version and the user's input; the user either keeps editing on top of the stored version (their input
 * stays in the form) or takes the stored values. Nothing is lost silently.
 */
class ConflictDialog extends Dialog {

    record Difference(String field, @Nullable Double mine, @Nullable Double stored) {
    }

    ConflictDialog(@Nullable StoredYear stored, Map<String, Double> mine, Runnable keepMine, Runnable takeStored) {
        Locale locale = getLocale();
        com.vaadin.flow.component.html.Div content = new com.vaadin.flow.component.html.Div();
        content.setId("conflict-dialog");
        add(content);
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(48rem, 95vw)");
        if (stored == null) {
            content.add(new Paragraph(getTranslation("conflict.deleted")));
        } else {
            content.add(new Paragraph(getTranslation("conflict.by", stored.updatedBy(), stored.updatedAt().toLocalDateTime()
                    .withNano(0).toString().replace('T', ' '))));
            Set<String> ids = new LinkedHashSet<>(mine.keySet());
            ids.addAll(stored.record().values().keySet());
            List<Difference> differences = new ArrayList<>();
            for (String id : ids) {
                Double theirs = stored.record().values().get(id);
                Double own = mine.get(id);
                if (!Objects.equals(theirs, own)) {
                    differences.add(new Difference(FieldCatalogue.find(id).map(f -> f.label().in(locale)).orElse(id),
                            own, theirs));
                }
            }
            Grid<Difference> grid = new Grid<>();
            grid.setId("conflict-differences");
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field")).setFlexGrow(2);
            grid.addColumn(d -> d.mine() == null ? "—" : d.mine().toString()).setHeader(getTranslation("conflict.mine"));
            grid.addColumn(d -> d.stored() == null ? "—" : d.stored().toString())
                    .setHeader(getTranslation("conflict.stored"));
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            content.add(grid);
        }
        Button keep = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.setId("conflict-keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button take = new Button(getTranslation("conflict.takeStored"), e -> {
            close();
            takeStored.run();
        });
        take.setId("conflict-take-stored");
        getFooter().add(take, keep);
    }
}
