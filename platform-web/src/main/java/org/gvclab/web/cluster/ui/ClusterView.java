package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.JurisdictionService;

/** One cluster. A cluster id outside the caller's jurisdictions shows "not found", exactly like a missing one. */
@Route("clusters")
@PermitAll
public class ClusterView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClusterService clusters;
    private final JurisdictionService jurisdictions;
    private String title = "";

    public ClusterView(ClusterService clusters, JurisdictionService jurisdictions) {
        this.clusters = clusters;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Cluster cluster = clusters.get(id);
        Locale locale = getLocale();
        removeAll();
        title = cluster.name(locale);
        H2 heading = new H2(title);
        heading.setId("cluster-name");
        add(heading);
        add(new Span(getTranslation("cluster.jurisdiction") + ": "
                + jurisdictions.get(cluster.jurisdictionId()).name(locale)));
        if (cluster.industryCode() != null) {
            add(new Span(getTranslation("cluster.industryCode") + ": " + cluster.industryCode()));
        }
        if (cluster.description() != null) {
            add(new Paragraph(cluster.description()));
        }
        if (cluster.dataNote() != null) {
            Paragraph note = new Paragraph(getTranslation("cluster.dataNote") + ": " + cluster.dataNote());
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
