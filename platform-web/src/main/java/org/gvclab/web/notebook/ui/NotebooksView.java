package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.base.Translations;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.StoredNotebook;

/** The notebooks the user may open, and a new one from a template. */
@Route("notebooks")
@Menu(title = "nav.notebooks", order = 40, icon = "vaadin:notebook")
@PermitAll
public class NotebooksView extends VerticalLayout implements HasDynamicTitle {

    /** The templates a notebook can start from. */
    enum Template { POLICY_BRIEF, BLANK }

    public NotebooksView(NotebookService notebooks, JurisdictionService jurisdictionService,
                         ClusterService clusterService) {
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> jurisdictions = jurisdictionService.visible();
        Map<Long, Jurisdiction> byId = jurisdictions.stream()
                .collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
        List<Cluster> clusters = clusterService.visible();
        Button create = new Button(getTranslation("notebooks.create"), e -> {
            Dialog dialog = new Dialog(getTranslation("notebooks.create"));
            Select<Template> template = new Select<>();
            template.setId("new-notebook-template");
            template.setLabel(getTranslation("notebooks.template"));
            template.setItems(Template.values());
            template.setItemLabelGenerator(t -> getTranslation("notebooks.template." + t.name()));
            template.setValue(Template.POLICY_BRIEF);
            Select<String> language = new Select<>();
            language.setId("new-notebook-language");
            language.setLabel(getTranslation("language.label"));
            language.setItems("zh-CN", "en");
            language.setItemLabelGenerator(l -> getTranslation(l.startsWith("zh") ? "language.zh" : "language.en"));
            language.setValue(Translations.CHINESE.equals(Translations.supported(locale)) ? "zh-CN" : "en");
            ComboBox<Cluster> cluster = new ComboBox<>(getTranslation("notebook.param.cluster"));
            cluster.setId("new-notebook-cluster");
            cluster.setItems(clusters);
            cluster.setItemLabelGenerator(c -> c.name(locale));
            cluster.setRequired(true);
            FormLayout form = new FormLayout(template, language, cluster);
            dialog.add(form);
            Button ok = new Button(getTranslation("notebooks.create"), click -> {
                Cluster c = cluster.getValue();
                if (c == null) {
                    cluster.setInvalid(true);
                    cluster.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                NotebookParameters parameters = new NotebookParameters(String.valueOf(c.id()), List.of(), null, null);
                NotebookDocument doc = template.getValue() == Template.POLICY_BRIEF
                        ? NotebookTemplates.policyBrief(language.getValue(), parameters)
                        : NotebookTemplates.blank(language.getValue(), parameters);
                StoredNotebook created = notebooks.create(c.jurisdictionId(), doc);
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
        grid.setItems(notebooks.visible());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotebookEditorView.class,
                new RouteParameters("notebookId", String.valueOf(e.getItem().id())))));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notebooks.title") + " · " + getTranslation("app.name");
    }
}
