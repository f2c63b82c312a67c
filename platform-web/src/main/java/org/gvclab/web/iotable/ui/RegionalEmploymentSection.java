package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ui.ClusterDataSection;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.RegionalEmploymentService;

/** Puts the regional employment panel on the data page of every cluster linked to an IO table. */
@org.springframework.stereotype.Component
class RegionalEmploymentSection implements ClusterDataSection {

    private final IoTableService tables;
    private final RegionalEmploymentService employment;

    RegionalEmploymentSection(IoTableService tables, RegionalEmploymentService employment) {
        this.tables = tables;
        this.employment = employment;
    }

    @Override
    public Optional<Component> create(Cluster cluster) {
        return tables.linkOf(cluster.id()).map(link -> new RegionalEmploymentPanel(employment, cluster, link));
    }
}
