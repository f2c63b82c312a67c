package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.web.base.Translations;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.notebook.Choice;
import org.gvclab.web.notebook.NotebookInputs;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.NotebookTemplate;
import org.gvclab.web.notebook.ParameterOptions;
import org.gvclab.web.notebook.StoredNotebook;

/** The notebooks the user may open, and a new one from a template. */
@Route("notebooks")
@Menu(title = "nav.notebooks", order = 40, icon = "vaadin:notebook")
@PermitAll
public class NotebooksView extends VerticalLayout implements HasDynamicTitle {

    /** A cluster a new notebook can be about, in its jurisdiction. */
    private record ClusterOfJurisdiction(long jurisdictionId, Choice cluster) {
    }

    public NotebooksView(NotebookService notebooks, JurisdictionService jurisdictionService,
                         ParameterOptions options) {
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> jurisdictions = jurisdictionService.visible();
        Map<Long, Jurisdiction> byId = jurisdictions.stream()
                .collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
        List<ClusterOfJurisdiction> clusters = jurisdictions.stream().flatMap(j -> options.choices(
                NotebookParameter.CLUSTER, NotebookInputs.none(), j.id()).stream()
                .map(c -> new ClusterOfJurisdiction(j.id(), c))).toList();
        Button create = new Button(getTranslation("notebooks.create"), e -> {
            Dialog dialog = new Dialog(getTranslation("notebooks.create"));
            Select<NotebookTemplate> template = new Select<>();
            template.setId("new-notebook-template");
            template.setLabel(getTranslation("notebooks.template"));
            template.setItems(NotebookTemplate.values());
            template.setItemLabelGenerator(t -> getTranslation("notebooks.template." + t.name()));
            template.setValue(NotebookTemplate.POLICY_BRIEF);
            Select<String> language = new Select<>();
            language.setId("new-notebook-language");
            language.setLabel(getTranslation("language.label"));
            language.setItems("zh-CN", "en");
            language.setItemLabelGenerator(l -> getTranslation(l.startsWith("zh") ? "language.zh" : "language.en"));
            language.setValue(Translations.CHINESE.equals(Translations.supported(locale)) ? "zh-CN" : "en");
            ComboBox<ClusterOfJurisdiction> cluster = new ComboBox<>(getTranslation("notebook.param.cluster"));
            cluster.setId("new-notebook-cluster");
            cluster.setItems(clusters);
            cluster.setItemLabelGenerator(c -> c.cluster().label().in(locale));
            cluster.setRequired(true);
            FormLayout form = new FormLayout(template, language, cluster);
            dialog.add(form);
            Button ok = new Button(getTranslation("notebooks.create"), click -> {
                ClusterOfJurisdiction c = cluster.getValue();
                if (c == null) {
                    cluster.setInvalid(true);
                    cluster.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                StoredNotebook created = notebooks.create(c.jurisdictionId(), template.getValue(), language.getValue(),
                        c.cluster().id(), c.cluster().label());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(NotebookEditorView.class,
                        new RouteParameters("notebookId", String.valueOf(created.id()))));
            });
            ok.setId("confirm-new-notebook");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), ok);
            dialog.open();
        });
        create.setId("create-notebook");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!clusters.isEmpty());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("notebooks.title")), create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header);

        Grid<StoredNotebook> grid = new Grid<>();
        grid.setId("notebooks-grid");
        grid.addColumn(n -> n.document().title()).setHeader(getTranslation("notebooks.name")).setFlexGrow(3);
        grid.addColumn(n -> byId.containsKey(n.jurisdictionId()) ? byId.get(n.jurisdictionId()).name(locale) : "")
                .setHeader(getTranslation("cluster.jurisdiction")).setAutoWidth(true);
        grid.addColumn(StoredNotebook::owner).setHeader(getTranslation("notebooks.owner")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.shared() ? "notebooks.shared" : "notebooks.private"))
                .setHeader(getTranslation("notebooks.sharing")).setAutoWidth(true);
        grid.addColumn(n -> n.updatedAt().toLocalDate().toString()).setHeader(getTranslation("data.lastChange"))
                .setAutoWidth(true);
        List<StoredNotebook> visible = notebooks.visible();
        grid.setItems(visible);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotebookEditorView.class,
                new RouteParameters("notebookId", String.valueOf(e.getItem().id())))));
        if (visible.isEmpty()) {
            // an empty list says what a notebook is and how to make the first one
            Paragraph empty = new Paragraph(getTranslation(clusters.isEmpty() ? "notebooks.empty.noCluster"
                    : "notebooks.empty"));
            empty.setId("notebooks-empty");
            add(empty);
            grid.setVisible(false);
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notebooks.title") + " · " + getTranslation("app.name");
    }
}
