package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterIoLink;
import org.gvclab.web.iotable.IoLink;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;

/**
 * Links the user's clusters to region-sectors of this table (each link is audited on the cluster) and lists the
 * clusters already linked to it, with their pages one click away.
 */
class LinksPanel extends Composite<VerticalLayout> {

    private final IoTableService service;
    private final StoredIoTable table;
    private final Grid<ClusterIoLink> linked = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Map<Long, Cluster> clusters;

    LinksPanel(IoTableService service, StoredIoTable table) {
        this.service = service;
        this.table = table;
        Locale locale = getLocale();
        VerticalLayout root = getContent();
        root.setPadding(false);
        List<Cluster> mine = service.linkableClusters();
        clusters = mine.stream().collect(Collectors.toMap(Cluster::id, Function.identity()));

        root.add(new H4(getTranslation("io.link.title")), new Paragraph(getTranslation("io.link.hint")));
        if (mine.isEmpty()) {
            root.add(new Paragraph(getTranslation("io.link.noClusters")));
        } else {
            ComboBox<Cluster> cluster = new ComboBox<>(getTranslation("io.link.cluster"));
            cluster.setId("io-link-cluster");
            cluster.setItems(mine);
            cluster.setItemLabelGenerator(c -> c.name(locale));
            cluster.setWidth("20rem");
            ComboBox<String> region = new ComboBox<>(getTranslation("io.link.region"));
            region.setId("io-link-region");
            region.setItems(table.regions());
            ComboBox<String> sector = new ComboBox<>(getTranslation("io.link.sector"));
            sector.setId("io-link-sector");
            sector.setItems(table.sectors());
            Button save = new Button(getTranslation("io.link.save"), e -> {
                if (cluster.getValue() == null || region.getValue() == null || sector.getValue() == null) {
                    return;
                }
                IoLink link = service.link(cluster.getValue().id(), table.id(), region.getValue(), sector.getValue());
                Notification.show(getTranslation("io.link.saved", cluster.getValue().name(locale), link.region(),
                        link.sector()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            save.setId("io-link-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(cluster, region, sector, save);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            root.add(form);
        }

        linked.setId("io-links-grid");
        linked.addComponentColumn(l -> new Anchor("clusters/" + l.clusterId(), clusters.containsKey(l.clusterId())
                ? clusters.get(l.clusterId()).name(locale) : String.valueOf(l.clusterId())))
                .setHeader(getTranslation("io.link.cluster")).setFlexGrow(2);
        linked.addColumn(ClusterIoLink::region).setHeader(getTranslation("io.link.region")).setAutoWidth(true);
        linked.addColumn(ClusterIoLink::sector).setHeader(getTranslation("io.link.sector")).setAutoWidth(true);
        linked.addComponentColumn(l -> {
            Button unlink = new Button(getTranslation("io.link.unlink"), e -> {
                service.unlink(l.clusterId());
                Notification.show(getTranslation("io.link.removed", clusters.containsKey(l.clusterId())
                        ? clusters.get(l.clusterId()).name(locale) : String.valueOf(l.clusterId())), 4000,
                        Notification.Position.BOTTOM_START);
                refresh();
            });
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return unlink;
        }).setAutoWidth(true);
        linked.setAllRowsVisible(true);
        none.setId("io-links-none");
        none.setText(getTranslation("io.link.none"));
        root.add(new H4(getTranslation("io.link.linked")), none, linked);
        refresh();
    }

    private void refresh() {
        List<ClusterIoLink> links = service.linksTo(table.id());
        linked.setItems(links);
        linked.setVisible(!links.isEmpty());
        none.setVisible(links.isEmpty());
    }
}
