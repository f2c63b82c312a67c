package org.gvclab.web.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.notebook.DraftedTextCell;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.TextResult;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.ChangedRecord;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A drafted paragraph follows the cluster's data; one the author edited stays as written. */
@AppIT
class DraftedTextIT {

    @Autowired
    DraftedTextEvaluator drafted;
    @Autowired
    ClusterService clusters;
    @Autowired
    ClusterDataService data;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private String text(DraftedTextCell cell, NotebookParameters p) {
        List<CellResult> results = drafted.evaluate(cell, p);
        assertThat(results).hasSize(1).first().isInstanceOf(TextResult.class);
        return ((TextResult) results.get(0)).markdown();
    }

    @Test
    void a_changed_record_changes_the_drafted_finding_while_an_edited_paragraph_survives() {
        SignedIn.as("demo-official", "OFFICIAL");
        Cluster socks = clusters.visible().get(0);
        NotebookParameters p = new NotebookParameters(String.valueOf(socks.id()), List.of(), null, null);
        DraftedTextCell findings = DraftedTextCell.drafted("f", DraftSection.FINDINGS, "en");
        String before = text(findings, p);
        assertThat(before).contains("lock-in index stood at").doesNotContain("{");
        DraftedTextCell edited = DraftedTextCell.drafted("e", DraftSection.FINDINGS, "en")
                .edit(before, "Our own reading of the findings.");
        assertThat(text(edited, p)).isEqualTo("Our own reading of the findings.");

        ChangedRecord.withLessValueAdded(data, socks.id(), () -> {
            String after = text(findings, p);
            assertThat(after).isNotEqualTo(before).contains("lock-in index stood at");
            assertThat(text(edited, p)).isEqualTo("Our own reading of the findings.");
            assertThat(drafted.evaluate(findings, p).get(0).provenance().entries())
                    .extracting(e -> e.quantityId()).contains("lock_in_index");
        });
    }
}
