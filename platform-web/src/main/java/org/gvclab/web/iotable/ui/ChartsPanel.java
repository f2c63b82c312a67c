package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.iotable.IoCharts;
import org.gvclab.web.iotable.IoOutput;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;

/**
 * The charts of one table: GVC participation against position per region (Koopman et al. 2010, variant A) and
 * the smile curve of a chain chosen by region and sector. Both are computed in the background, once per table.
 */
class ChartsPanel extends Composite<VerticalLayout> {

    private final IoTableService service;
    private final StoredIoTable table;
    private final EChart scatter = new EChart();
    private final Span scatterStatus = new Span();
    private final EChart smile = new EChart();
    private final Span smileNote = new Span();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> sector = new ComboBox<>();

    ChartsPanel(IoTableService service, StoredIoTable table) {
        this.service = service;
        this.table = table;
        VerticalLayout root = getContent();
        root.setPadding(false);

        scatter.setId("io-scatter");
        scatter.setHeight("420px");
        scatterStatus.setId("io-scatter-status");
        Paragraph scatterAbout = new Paragraph(getTranslation("io.chart.scatter.about"));
        scatterAbout.getStyle().set("color", "var(--lumo-secondary-text-color)");
        root.add(new H3(getTranslation("io.chart.scatter")), scatterAbout, scatterStatus, scatter);

        region.setId("io-smile-region");
        region.setLabel(getTranslation("io.chart.smile.region"));
        region.setItems(table.regions());
        region.setValue(table.regions().get(0));
        sector.setId("io-smile-sector");
        sector.setLabel(getTranslation("io.chart.smile.sector"));
        sector.setItems(table.sectors());
        sector.setValue(table.sectors().get(0));
        Button draw = new Button(getTranslation("io.chart.smile.draw"), e -> drawSmile());
        draw.setId("io-smile-draw");
        HorizontalLayout chooser = new HorizontalLayout(region, sector, draw);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        smile.setId("io-smile");
        smile.setHeight("420px");
        smileNote.setId("io-smile-note");
        Paragraph smileAbout = new Paragraph(getTranslation("io.chart.smile.about"));
        smileAbout.getStyle().set("color", "var(--lumo-secondary-text-color)");
        root.add(new H3(getTranslation("io.chart.smile")), smileAbout, chooser, smileNote, smile);

        scatterStatus.setText(getTranslation("io.computing",
                IndicatorId.KOOPMAN2010_PARTICIPATION_POSITION.displayName().in(getLocale())));
        whenDone(service.result(table.id(), IndicatorId.KOOPMAN2010_PARTICIPATION_POSITION), scatterStatus, out -> {
            scatterStatus.setText("");
            scatter.setOption(IoChartStyle.points(EChartsOption.toJson(IoCharts.participationPosition(out.table()),
                    getLocale())));
        });
        drawSmile();
    }

    private void drawSmile() {
        String r = region.getValue();
        String s = sector.getValue();
        if (r == null || s == null) {
            return;
        }
        smileNote.setText(getTranslation("io.computing", IndicatorId.SMILE_CURVE.displayName().in(getLocale())));
        whenDone(service.smileCurve(table.id(), r, s), smileNote, out -> {
            int participants = IoCharts.participants(out.table());
            smileNote.setText(getTranslation("io.chart.smile.note", Math.min(IoCharts.SMILE_POINTS, participants),
                    participants));
            smile.setOption(IoChartStyle.points(EChartsOption.toJson(IoCharts.smileCurve(out.table(), r + " · " + s),
                    getLocale())));
        });
    }

    private void whenDone(CompletableFuture<IoOutput> future, Span status, Consumer<IoOutput> show) {
        UI ui = UI.getCurrent();
        future.whenComplete((out, error) -> ui.access(() -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                status.setText(getTranslation("io.error.failed", String.valueOf(cause.getMessage())));
            } else {
                show.accept(out);
            }
        }));
    }
}
