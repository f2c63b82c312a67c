package org.gvclab.web.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.EChartsOption;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn in the browser by Apache ECharts, from an option object computed on the server (the core's
 * renderer-neutral chart specification serialised to ECharts' JSON). ECharts comes from its webjar and is loaded
 * at run time as a classic script, so no frontend build is needed. Charts render as SVG, so their texts are
 * part of the page.
 */
@Tag("div")
public class EChart extends Component implements HasSize {

    /** Where Spring Boot serves the ECharts webjar; the version is read from the webjar itself. */
    public static final String SCRIPT_URL = "context://webjars/echarts/" + webjarVersion() + "/dist/echarts.min.js";

    private static final String RENDER = """
            const el = this;
            const option = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'svg'});
              chart.setOption(option, true);
              if (!el.__gvcResize) {
                el.__gvcResize = new ResizeObserver(() => chart.resize());
                el.__gvcResize.observe(el);
              }
              el.setAttribute('data-chart-ready', 'true');
            };
            draw();
            """;

    private @Nullable String optionJson;

    public EChart() {
        addClassName("gvc-chart");
        setWidthFull();
        setHeight("360px");
    }

    /** Draws a chart of the core's specification in the shared style ({@link EChartsOption}) on a screen. */
    public void setChart(ChartSpec spec, Locale locale) {
        setOption(EChartsOption.toJson(spec, locale));
    }

    /** Draws a chart in the shared style with the larger texts a projected screen needs (e.g. a workshop's /present). */
    public void setProjectedChart(ChartSpec spec, Locale locale) {
        setOption(EChartsOption.toJson(spec, locale, EChartsOption.Display.PROJECTOR));
    }

    /** Draws (or redraws) the chart from an ECharts option in JSON. */
    public void setOption(String optionJson) {
        this.optionJson = optionJson;
        getElement().setAttribute("data-chart-ready", "false");
        getElement().setProperty("optionJson", optionJson);
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT_URL);
        if (optionJson != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(RENDER, optionJson);
    }

    private static String webjarVersion() {
        try (InputStream in = EChart.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar (org.webjars.npm:echarts) is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
