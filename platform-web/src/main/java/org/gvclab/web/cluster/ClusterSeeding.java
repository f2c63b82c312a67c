package org.gvclab.web.cluster;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the demo data stores its sample clusters at start-up, before anyone signs in, under the seeder's scope: the
 * one way into the cluster store besides the services that act for a signed-in user.
 */
@Component
public class ClusterSeeding {

    private final ClusterRepository clusters;
    private final ClusterDataRepository data;

    ClusterSeeding(ClusterRepository clusters, ClusterDataRepository data) {
        this.clusters = clusters;
        this.data = data;
    }

    /** Stores a cluster with its yearly records and questionnaires; returns it. */
    @Transactional
    public Cluster insert(TenantScope seeder, ClusterDraft draft, List<YearlyRecord> records, Questionnaires answers,
                          OffsetDateTime now) {
        long id = clusters.insert(seeder, draft, now);
        Cluster cluster = clusters.findById(seeder, id).orElseThrow();
        for (YearlyRecord record : records) {
            data.insertYear(seeder, cluster, record, now);
        }
        data.saveQuestionnaires(seeder, cluster, answers, now, seeder.username());
        return cluster;
    }
}
