package org.gvclab.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.ZipLimits;
import org.gvclab.web.db.Tables;
import org.gvclab.web.support.BrowserTest;
import org.gvclab.web.support.IoTestFiles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant uploads a table in the golden layout (the leather toy table, or a generated one without golden
 * data), follows the progress to the table's page, opens the Leontief inverse, filters it by a region, sorts it,
 * downloads it as CSV (the same bytes as the core writes), opens both charts, links a cluster; a broken upload
 * names file, line and label and stores nothing.
 */
class IoTablesIT extends BrowserTest {

    /** Records what the user saw of the upload's progress: the bar shown, and each status text. */
    private static final String WATCH_PROGRESS = """
            window.__io = {bar: false, statuses: []};
            new MutationObserver(() => {
              const bar = document.querySelector('#io-progress');
              if (bar && bar.offsetParent !== null) { window.__io.bar = true; }
              const s = document.querySelector('#io-status');
              if (s && s.offsetParent !== null && s.textContent && !window.__io.statuses.includes(s.textContent)) {
                window.__io.statuses.push(s.textContent);
              }
            }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
            """;

    /** The text of each rendered grid row in item order, cells joined by "|". */
    private static final String GRID_ROWS = """
            g => g._getRenderedRows().map(r => [...r.children]
                .map(td => td._content ? td._content.textContent.trim() : '').join('|'))
            """;

    @Autowired
    DSLContext dsl;

    private final Map<String, byte[]> files = IoTestFiles.leatherOrGenerated();
    private final String uploadName = IoTestFiles.hasLeather() ? "leather.zip" : "generated-3x3.zip";

    private List<String> regions() {
        return Arrays.asList(new String(files.get("countries.txt"), StandardCharsets.UTF_8).strip().split("\\R"));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("gvclab-io-upload").resolve(name);
        Files.write(file, content);
        return file;
    }

    private void signInAndOpenIoTables() {
        new LoginPage(page).open(url("login")).signIn("demo-consultant", "consultant-demo-2026");
        page.locator("#side-nav").getByText("IO tables").click();
        assertThat(page.locator("#io-upload")).isVisible();
    }

    private void uploadTable() throws IOException {
        page.locator("#io-upload input[type=file]").setInputFiles(write(uploadName, IoTestFiles.zip(files, "")));
        page.waitForURL(u -> u.matches(".*/io-tables/[0-9]+$"));
        assertThat(page.locator("#io-table-name")).hasText(uploadName.replace(".zip", ""));
    }

    private void choose(String comboId, String text) {
        page.locator("#" + comboId + " input").fill(text);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(text)).first()
                .click();
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRows() {
        return (List<String>) page.locator("#io-grid").evaluate(GRID_ROWS);
    }

    /** The first value column as the user sees it, once it satisfies {@code ready} (the grid updates async). */
    private List<Double> awaitColumn(java.util.function.Predicate<List<Double>> ready) {
        List<Double> values = List.of();
        long until = System.currentTimeMillis() + (long) org.gvclab.web.support.Browsers.STEP_TIMEOUT_MS;
        while (System.currentTimeMillis() < until) {
            values = new ArrayList<>();
            for (String row : gridRows()) {
                values.add(number(row.split("\\|")[1]));
            }
            if (ready.test(values)) {
                return values;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("the grid column never reached the expected order: " + values);
    }

    private static boolean isSorted(List<Double> values, int direction) {
        for (int i = 1; i < values.size(); i++) {
            if (Double.compare(values.get(i), values.get(i - 1)) * direction < 0) {
                return false;
            }
        }
        return values.size() == 3;
    }

    private static double number(String text) {
        try {
            return NumberFormat.getNumberInstance(Locale.ENGLISH).parse(text).doubleValue();
        } catch (ParseException e) {
            throw new AssertionError("not a number in the grid: " + text, e);
        }
    }

    @Test
    void a_consultant_uploads_a_table_browses_filters_sorts_and_downloads_an_indicator() throws IOException {
        page.addInitScript(WATCH_PROGRESS);
        signInAndOpenIoTables();
        uploadTable();
        assertThat((Boolean) page.evaluate("() => window.__io.bar")).as("progress bar shown").isTrue();
        @SuppressWarnings("unchecked")
        List<String> statuses = (List<String>) page.evaluate("() => window.__io.statuses");
        // a small table may pass through the first phases between two pushes; the last status always shows
        assertThat(statuses).isNotEmpty().anyMatch(s -> s.startsWith("Reading and checking " + uploadName)
                || s.startsWith("Storing") || s.equals("Done"));
        assertThat(page.locator("#io-table-meta")).containsText("3 regions × 3 sectors");

        choose("io-indicator", "leontief_inverse_B");
        assertThat(page.locator("#io-row-count")).hasText("9 of 9 rows");
        assertThat(page.locator("#io-provenance")).containsText("Miller & Blair");
        String region = regions().get(1);
        choose("io-filter-region", region);
        assertThat(page.locator("#io-row-count")).hasText("3 of 9 rows");
        assertThat(gridRows()).hasSize(3).allMatch(r -> r.startsWith(region + "_"));

        // sort by the first value column, ascending then descending, and read the order the user sees
        String firstColumn = regions().get(0) + "_";
        Locator sorter = page.locator("#io-grid vaadin-grid-sorter").filter(new Locator.FilterOptions()
                .setHasText(firstColumn)).first();
        sorter.click();
        assertThat(sorter).hasAttribute("direction", "asc");
        List<Double> ascending = awaitColumn(values -> isSorted(values, 1));
        sorter.click();
        assertThat(sorter).hasAttribute("direction", "desc");
        List<Double> descending = awaitColumn(values -> isSorted(values, -1));
        List<Double> reversed = new ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
        assertThat(ascending.get(0)).isLessThan(ascending.get(2));

        Download download = page.waitForDownload(() -> page.locator("#io-download").click());
        byte[] downloaded;
        try (InputStream in = download.createReadStream()) {
            downloaded = in.readAllBytes();
        }
        IoTable table = IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(files, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), uploadName);
        // the download is the core's table through the spreadsheet CSV writer: CRLF line ends, the same cells
        byte[] core = Indicators.compute(IoModel.of(table), IndicatorId.LEONTIEF_INVERSE_B).toCsv()
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(downloaded).isEqualTo(core);
        assertThat(download.suggestedFilename()).endsWith("leontief_inverse_B.csv");

        page.locator("#io-tab-charts").click();
        Locator scatter = page.locator("#io-scatter[data-chart-ready='true']");
        assertThat(scatter).isVisible();
        assertThat(scatter.locator("svg")).hasCount(1);
        for (String r : regions()) {
            assertThat(scatter).containsText(r);
        }
        assertThat(scatter).containsText("Participation (IV + FV) / E");
        Locator smile = page.locator("#io-smile[data-chart-ready='true']");
        assertThat(smile).isVisible();
        assertThat(smile).containsText("Stages to final demand");
        choose("io-smile-region", region);
        page.locator("#io-smile-draw").click();
        assertThat(page.locator("#io-smile[data-chart-ready='true']")).containsText("Smile curve: " + region);
        assertThat(page.locator("#io-smile-note")).containsText("participants");
    }

    @Test
    void a_broken_upload_names_file_line_and_label_and_stores_nothing() throws IOException {
        signInAndOpenIoTables();
        int before = dsl.fetchCount(Tables.IO_TABLE);
        String label = IoTestFiles.line(files, "Z.csv", 3).split(",")[0];
        Map<String, byte[]> broken = IoTestFiles.withField(files, "Z.csv", 3, 2, "12.5x");

        page.locator("#io-upload input[type=file]").setInputFiles(write("broken.zip", IoTestFiles.zip(broken, "")));

        Locator error = page.locator("#io-import-error");
        assertThat(error).isVisible();
        assertThat(page.locator("#io-error-file")).hasText("Z.csv");
        assertThat(page.locator("#io-error-line")).hasText("3");
        assertThat(page.locator("#io-error-label")).hasText(label);
        assertThat(page.locator("#io-error-problem")).containsText("not a number");
        assertThat(page.locator("#io-nothing-stored")).isVisible();
        assertThat(page).hasURL(url("io-tables"));
        assertThat(dsl.fetchCount(Tables.IO_TABLE)).isEqualTo(before);
    }

    @Test
    void a_consultant_links_a_cluster_to_a_region_sector_shown_on_the_cluster_page() throws IOException {
        signInAndOpenIoTables();
        uploadTable(); // stored by the other test already, or stored now: either way the table's page opens
        String region = regions().get(2);
        String sector = new String(files.get("sectors.txt"), StandardCharsets.UTF_8).strip().split("\\R")[1];

        page.locator("#io-tab-clusters").click();
        page.locator("#io-link-cluster input").click();
        // items arrive from the server after the overlay opens: wait for one with text
        Locator firstCluster = page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("\\S"))).first();
        String clusterName = firstCluster.innerText().strip();
        assertThat(clusterName).isNotBlank();
        firstCluster.click();
        assertThat(page.locator("#io-link-cluster input")).hasValue(clusterName);
        choose("io-link-region", region);
        choose("io-link-sector", sector);
        page.locator("#io-link-save").click();
        Locator links = page.locator("#io-links-grid");
        assertThat(links).containsText(clusterName);
        assertThat(links).containsText(sector);

        links.getByText(clusterName).click();
        page.waitForURL(u -> u.matches(".*/clusters/[0-9]+$"));
        assertThat(page.locator("#cluster-io-link")).hasText("IO table: " + uploadName.replace(".zip", "")
                + ", region " + region + ", sector " + sector);
        page.locator("#cluster-io-link").click();
        assertThat(page.locator("#io-table-name")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/io-tables/[0-9]+$"));
        assertThat(page.locator("#io-tabs")).isVisible();
    }

    @Test
    void a_wiod_2013_workbook_dropped_on_the_page_is_recognised_read_and_its_notes_say_how() throws IOException {
        signInAndOpenIoTables();
        Map<String, byte[]> table = IoTestFiles.generated(2, 3, 131);
        page.locator("#io-upload input[type=file]").setInputFiles(write("wiot11_row_sep12.xlsx",
                IoTestFiles.wiot2013Xlsx(table)));
        page.waitForURL(u -> u.matches(".*/io-tables/[0-9]+$"));
        assertThat(page.locator("#io-table-meta")).containsText("2 regions × 3 sectors");
        assertThat(page.locator("#io-table-meta")).containsText("WIOD 2013 or 2016");
        page.locator("#io-tab-summary").click();
        Locator notes = page.locator("#io-notes");
        assertThat(notes).containsText("read as WIOD, 2013 release: final-demand columns numbered such as c37 in the"
                + " fourth header row (line 6), with no code above them");
        assertThat(notes).containsText("kept as primary inputs (value added va, so that x = 1'·Z + va): r61 (Taxes"
                + " less subsidies on products), r65 (Value added at basic prices); gross output x is the r69 row");
        IoTable expected = IoTables.readGoldenZip(new ByteArrayInputStream(IoTestFiles.zip(table, "")),
                ZipLimits.defaults(), ReadOptions.defaults(), "g.zip");
        assertThat(page.locator("#io-summary")).containsText(String.join(", ", expected.sectors()));
    }

    @Test
    void a_file_of_no_known_layout_shows_the_layouts_tried_and_lets_the_user_choose() throws IOException {
        signInAndOpenIoTables();
        page.locator("#io-upload input[type=file]").setInputFiles(write("prices.csv",
                "id,foo,bar\nA,1,2\n".getBytes(StandardCharsets.UTF_8)));
        Locator tried = page.locator("#io-format-tried");
        assertThat(tried).isVisible();
        assertThat(tried).containsText("matches no known layout. Tried: OECD ICIO 2016, 2018, 2021, 2023 and 2023"
                + " _SML (CSV): column 2 of line 1 is 'foo', not COUNTRY_SECTOR");
        assertThat(tried).containsText("WIOD 2013 and 2016 (.xlsx, .xlsb or CSV): none of the first 2 lines has codes");
        assertThat(page.locator("#io-format-choice-group")).isVisible();
        assertThat(page).hasURL(url("io-tables"));
    }
}
