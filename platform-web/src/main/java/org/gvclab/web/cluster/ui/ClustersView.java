package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;

/** The clusters the user may see, and a new cluster for one of their jurisdictions. */
@Route("clusters")
@Menu(title = "nav.clusters", order = 10, icon = "vaadin:factory")
@PermitAll
public class ClustersView extends VerticalLayout implements HasDynamicTitle {

    public ClustersView(ClusterService clusters, ClusterDataService data, JurisdictionService jurisdictionService) {
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> jurisdictions = jurisdictionService.visible();
        Map<Long, Jurisdiction> byId = jurisdictions.stream()
                .collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
        Button create = new Button(getTranslation("clusters.create"), e -> {
            Dialog dialog = new Dialog(getTranslation("clusters.create"));
            dialog.setWidth("min(48rem, 95vw)");
            ClusterForm form = new ClusterForm(jurisdictions, null);
            form.addSaveListener(save -> {
                Cluster created = clusters.create(save.draft());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ClusterView.class, ClusterView.parameters(created.id())));
            });
            dialog.add(form);
            dialog.open();
        });
        create.setId("create-cluster");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!jurisdictions.isEmpty());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("clusters.title")), create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header);

        Map<Long, Integer> yearCounts = data.yearCounts();
        Grid<Cluster> grid = new Grid<>();
        grid.setId("clusters-grid");
        grid.addColumn(c -> c.name(locale)).setHeader(getTranslation("clusters.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(c -> byId.containsKey(c.jurisdictionId()) ? byId.get(c.jurisdictionId()).name(locale) : "")
                .setHeader(getTranslation("cluster.jurisdiction")).setAutoWidth(true).setSortable(true);
        grid.addColumn(c -> c.industry().map(i -> ClusterForm.industryLabel(i, locale)).orElse("—"))
                .setHeader(getTranslation("cluster.industryCode")).setFlexGrow(2);
        grid.addColumn(c -> yearCounts.getOrDefault(c.id(), 0)).setHeader(getTranslation("clusters.years"))
                .setAutoWidth(true);
        grid.setItems(clusters.visible());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClusterView.class,
                ClusterView.parameters(e.getItem().id()))));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title") + " · " + getTranslation("app.name");
    }
}
