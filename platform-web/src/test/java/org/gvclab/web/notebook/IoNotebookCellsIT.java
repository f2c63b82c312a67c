package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.chart.ChartKind;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.IoIndicatorTableCell;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.iotable.ImportProgress;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.IoTestFiles;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IO cells of a notebook: the indicator table shows the engine's own numbers for the chosen regions, and the smile
 * curve chart draws the chain the cluster is linked to.
 */
@AppIT
class IoNotebookCellsIT {

    @Autowired
    IoTableService tables;
    @Autowired
    ClusterService clusters;
    @Autowired
    NotebookRendering rendering;

    private StoredIoTable table;
    private Cluster cluster;

    @BeforeEach
    void uploadATableAndLinkACluster() throws Exception {
        SignedIn.as("demo-consultant", "CONSULTANT");
        Path file = tables.newUploadFile("notebook-cells.zip");
        Files.write(file, IoTestFiles.zip(IoTestFiles.generated(3, 4, 20_261_128L), ""));
        table = tables.startImport(file, "notebook-cells.zip", null, ImportProgress.none())
                .orTimeout(60, TimeUnit.SECONDS).join().table();
        cluster = clusters.visible().stream().filter(c -> c.nameEn().startsWith("Yongkang")).findFirst().orElseThrow();
        tables.link(cluster.id(), table.id(), table.regions().get(1), table.sectors().get(2));
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private EvaluatedNotebook evaluate(List<org.gvclab.core.notebook.Cell> cells) {
        NotebookDocument doc = new NotebookDocument("IO", "en", new NotebookParameters(String.valueOf(cluster.id()),
                List.of(), null, String.valueOf(table.id())), cells);
        return rendering.newEvaluator().evaluate(doc);
    }

    @Test
    void the_io_indicator_cell_shows_the_engines_numbers_for_the_chosen_region() throws Exception {
        String region = table.regions().get(0);
        EvaluatedNotebook e = evaluate(List.of(new IoIndicatorTableCell("io", List.of("exports_total"),
                List.of(region), List.of())));

        List<CellResult> results = e.resultsOf("io");
        assertThat(results).hasSize(1).first().isInstanceOf(TableResult.class);
        TableResult shown = (TableResult) results.get(0);
        IndicatorTable engine = tables.result(table.id(), IndicatorId.EXPORTS_TOTAL).get().table();
        // exports_total is keyed by REGION_SECTOR labels: the rows of the region are its N sectors
        List<IndicatorTable.Row> expected = engine.rows().stream().filter(r -> r.keys().get(0).startsWith(region + "_"))
                .toList();
        assertThat(expected).hasSize(table.sectors().size());
        assertThat(shown.rows()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            TableCell.Number first = (TableCell.Number) shown.rows().get(i).get(engine.keyColumns().size());
            assertThat(first.value()).isEqualTo(expected.get(i).values()[0]);
        }
        assertThat(shown.provenance().entries().get(0).source().en()).contains(table.checksum().substring(0, 12));
    }

    @Test
    void an_unknown_io_indicator_or_a_missing_table_says_what_to_do() {
        EvaluatedNotebook e = evaluate(List.of(new IoIndicatorTableCell("bad", List.of("no_such_output"), List.of(),
                List.of())));
        assertThat(e.resultsOf("bad")).first().isInstanceOfSatisfying(FailedResult.class,
                f -> assertThat(f.message().en()).contains("no_such_output"));
    }

    @Test
    void the_smile_curve_cell_draws_the_linked_chain() {
        EvaluatedNotebook e = evaluate(List.of(new ChartCell("smile", ChartChoice.SMILE_CURVE, List.of())));
        assertThat(e.resultsOf("smile")).first().isInstanceOfSatisfying(ChartResult.class, c -> {
            assertThat(c.chart().kind()).isEqualTo(ChartKind.SMILE_CURVE);
            assertThat(c.chart().title().en()).contains(table.regions().get(1)).contains(table.sectors().get(2));
        });
    }
}
