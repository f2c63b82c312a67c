package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.notebook.CellListener;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.ChangedRecord;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A notebook reopened (a new editor, as in another session) shows the results its caller computed before without
 * computing them again; another caller computes its own; a change of the cluster's data is computed afresh.
 */
@AppIT
class NotebookResultsCacheIT {

    @Autowired
    NotebookRendering rendering;
    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private static EvaluatedNotebook evaluate(LiveNotebook live, NotebookDocument document) {
        return live.evaluate(document, CellListener.NONE).result().orTimeout(120, TimeUnit.SECONDS).join();
    }

    @Test
    void a_reopened_notebook_shows_its_callers_results_at_once_until_the_data_changes() {
        SignedIn.as("demo-official", "OFFICIAL");
        Cluster cluster = clusters.visible().get(0);
        NotebookDocument brief = NotebookTemplates.policyBrief("en",
                new NotebookParameters(String.valueOf(cluster.id()), List.of(), null, null));
        int cells = brief.cells().size();

        EvaluatedNotebook first = evaluate(rendering.open(), brief);
        assertThat(first.recomputed()).as("a first opening computes every cell").hasSize(cells);

        EvaluatedNotebook reopened = evaluate(rendering.open(), brief);
        assertThat(reopened.recomputed()).as("reopened: every cell from the caller's cache").isEmpty();
        assertThat(reopened.results()).isEqualTo(first.results());

        // another caller (another role and scope) never gets this caller's results
        SignedIn.as("demo-admin", "ADMIN");
        assertThat(evaluate(rendering.open(), brief).recomputed()).hasSize(cells);

        SignedIn.as("demo-official", "OFFICIAL");
        ChangedRecord.withLessValueAdded(data, cluster.id(), () -> {
            EvaluatedNotebook afterChange = evaluate(rendering.open(), brief);
            assertThat(afterChange.recomputed()).as("cells reading the cluster's data are computed afresh")
                    .isNotEmpty();
            assertThat(afterChange.results()).isNotEqualTo(first.results());
        });
    }
}
