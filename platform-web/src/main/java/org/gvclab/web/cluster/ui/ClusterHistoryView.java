package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gvclab.web.audit.AuditEntry;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;

/** Every change to a cluster and its data: who, when, what it was before and after. */
@Route("clusters/:clusterId([0-9]+)/history")
@PermitAll
public class ClusterHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;

    public ClusterHistoryView(ClusterService clusters) {
        this.clusters = clusters;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        Cluster cluster = clusters.get(id);
        removeAll();
        add(new ClusterNav(cluster, ClusterNav.Page.HISTORY));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(e -> e.at().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("history.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> e.entity() + " " + (e.entityId() == null ? "" : e.entityId()))
                .setHeader(getTranslation("history.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("history.action")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new Pre(
                getTranslation("history.before") + ": " + (e.before() == null ? "—" : e.before()) + "\n"
                        + getTranslation("history.after") + ": " + (e.after() == null ? "—" : e.after()))));
        grid.setItems(clusters.history(id));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusterNav.history") + " · " + getTranslation("app.name");
    }
}
