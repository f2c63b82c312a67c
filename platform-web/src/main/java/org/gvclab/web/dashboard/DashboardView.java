package org.gvclab.web.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.ui.ClusterView;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;

/** The start page: each jurisdiction the user may see, with its clusters. */
@Route("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(JurisdictionService jurisdictions, ClusterService clusters) {
        Locale locale = getLocale();
        add(new H2(getTranslation("dashboard.title")));
        List<Jurisdiction> visible = jurisdictions.visible();
        Map<Long, List<Cluster>> byJurisdiction = clusters.visible().stream()
                .collect(Collectors.groupingBy(Cluster::jurisdictionId));
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.noJurisdictions")));
        }
        for (Jurisdiction j : visible) {
            Div card = new Div();
            card.addClassName("jurisdiction-card");
            card.getElement().setAttribute("data-code", j.code());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                    .set("width", "100%").set("box-sizing", "border-box");
            H3 name = new H3(j.name(locale));
            name.getStyle().set("margin-top", "0");
            Span level = new Span(getTranslation("level." + j.level().name()) + " · " + j.code());
            level.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(name, level);
            List<Cluster> own = byJurisdiction.getOrDefault(j.id(), List.of());
            if (own.isEmpty()) {
                card.add(new Paragraph(getTranslation("dashboard.noClusters")));
            }
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            for (Cluster c : own) {
                RouterLink link = new RouterLink(c.name(locale), ClusterView.class, ClusterView.parameters(c.id()));
                link.addClassName("cluster-link");
                list.add(link);
            }
            card.add(list);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
