package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saving keeps every state in the history; restoring an old state makes it the newest; only the owner edits. */
@AppIT
class NotebookServiceIT {

    @Autowired
    NotebookService notebooks;
    @Autowired
    ClusterService clusters;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private static NotebookDocument withText(NotebookDocument d, String text) {
        return new NotebookDocument(d.title(), d.language(), d.parameters(), List.of(new MarkdownCell("m", text)));
    }

    @Test
    void every_save_is_kept_and_an_old_version_can_be_restored_as_the_newest() {
        SignedIn.as("demo-official", "OFFICIAL");
        Cluster c = clusters.visible().get(0);
        NotebookDocument first = NotebookTemplates.blank("en",
                new NotebookParameters(String.valueOf(c.id()), List.of(), null, null));
        StoredNotebook v0 = notebooks.create(c.jurisdictionId(), first);
        StoredNotebook v1 = notebooks.save(v0, withText(first, "# Second"));
        StoredNotebook v2 = notebooks.save(v1, withText(first, "# Third"));

        assertThat(notebooks.versions(v2)).extracting(NotebookVersion::versionNo).containsExactly(2, 1, 0);
        NotebookVersion original = notebooks.versions(v2).get(2);
        StoredNotebook restored = notebooks.restore(v2, original);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.document()).isEqualTo(first);
        assertThat(notebooks.versions(restored)).hasSize(4);
        assertThatThrownBy(() -> notebooks.save(v1, withText(first, "# Lost?")))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void a_colleague_sees_a_shared_notebook_but_cannot_change_it() {
        SignedIn.as("demo-official", "OFFICIAL");
        Cluster c = clusters.visible().get(0);
        StoredNotebook nb = notebooks.create(c.jurisdictionId(), NotebookTemplates.blank("zh-CN",
                new NotebookParameters(String.valueOf(c.id()), List.of(), null, null)));
        notebooks.setShared(nb, true);

        SignedIn.as("demo-consultant", "CONSULTANT");
        StoredNotebook seen = notebooks.get(nb.id());
        assertThat(notebooks.canEdit(seen)).isFalse();
        assertThatThrownBy(() -> notebooks.save(seen, withText(seen.document(), "# mine")))
                .isInstanceOf(UserFacingException.class);
        assertThat(notebooks.get(nb.id()).version()).isEqualTo(nb.version());
    }
}
