package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.gvclab.web.cluster.Cluster;

/**
 * The heading of every page about one cluster, with links between its pages: data, questionnaires, diagnosis,
 * strategies, history. Links are paths, so that the pages of other features need not be known here.
 */
public class ClusterNav extends Composite<VerticalLayout> {

    /** The pages of a cluster: path suffix and translation key. */
    public enum Page {
        DATA("", "clusterNav.data"),
        QUESTIONNAIRES("/questionnaires", "clusterNav.questionnaires"),
        DIAGNOSIS("/diagnosis", "clusterNav.diagnosis"),
        STRATEGIES("/strategies", "clusterNav.strategies"),
        HISTORY("/history", "clusterNav.history");

        private final String suffix;
        private final String key;

        Page(String suffix, String key) {
            this.suffix = suffix;
            this.key = key;
        }

        /** The path of this page for a cluster. */
        public String path(long clusterId) {
            return "clusters/" + clusterId + suffix;
        }
    }

    public ClusterNav(Cluster cluster, Page current) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        H2 name = new H2(cluster.name(getLocale()));
        name.setId("cluster-name");
        name.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
        HorizontalLayout links = new HorizontalLayout();
        links.setId("cluster-nav");
        links.getStyle().set("flex-wrap", "wrap"); // a phone shows every page's link, on two lines if need be
        for (Page page : List.of(Page.values())) {
            if (page == current) {
                Span here = new Span(getTranslation(page.key));
                here.getStyle().set("font-weight", "600");
                links.add(here);
            } else {
                links.add(new Anchor(page.path(cluster.id()), getTranslation(page.key)));
            }
        }
        root.add(name, links);
    }
}
