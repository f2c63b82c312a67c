package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.gvclab.web.cluster.Cluster;

/**
 * A small section another feature adds to a cluster's data page, below the IO-link line (for example the regional
 * employment behind the IO multipliers). Features that depend on the cluster feature implement it as a Spring bean,
 * so that this package need not know them and the feature packages stay free of cycles.
 */
public interface ClusterDataSection {

    /** The section for a cluster, or empty when the feature has nothing to show for it. */
    Optional<Component> create(Cluster cluster);
}
