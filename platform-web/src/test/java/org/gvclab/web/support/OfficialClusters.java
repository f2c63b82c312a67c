package org.gvclab.web.support;

import java.util.Map;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.JurisdictionService;

/** Extra clusters in the demo official's jurisdiction (Zhuji) that browser tests switch to. */
public final class OfficialClusters {

    private OfficialClusters() {
    }

    /**
     * Creates, once per test application, a cluster named {@code nameZh}/{@code nameEn} in the demo official's first
     * jurisdiction with the 2023 record {@code values2023} (money in 10k CNY).
     */
    public static void ensure(ClusterService clusters, ClusterDataService data, JurisdictionService jurisdictions,
                              String nameZh, String nameEn, Map<String, Double> values2023) {
        SignedIn.as("demo-official", "OFFICIAL");
        try {
            if (clusters.visible().stream().noneMatch(c -> c.nameEn().equals(nameEn))) {
                Cluster c = clusters.create(new ClusterDraft(jurisdictions.visible().get(0).id(), nameZh, nameEn,
                        null, null, null, CurrencyUnit.CNY_10K));
                data.saveYear(c.id(), new YearlyRecord(2023, values2023), null);
            }
        } finally {
            SignedIn.clear();
        }
    }
}
