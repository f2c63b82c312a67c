package org.gvclab.web.support;

import java.util.Comparator;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.StoredYear;

/** A cluster's latest record changed for the length of a check, then put back as it was. */
public final class ChangedRecord {

    private ChangedRecord() {
    }

    /** Runs {@code checks} while the cluster's latest year has 30 % less value added; restores the record after. */
    public static void withLessValueAdded(ClusterDataService data, long clusterId, Runnable checks) {
        StoredYear last = data.years(clusterId).stream().max(Comparator.comparingInt(StoredYear::year)).orElseThrow();
        double va = last.record().values().get("value_added");
        StoredYear changed = data.saveYear(clusterId, last.record().with("value_added", 0.7 * va), last.version());
        try {
            checks.run();
        } finally {
            data.saveYear(clusterId, last.record(), changed.version());
        }
    }
}
