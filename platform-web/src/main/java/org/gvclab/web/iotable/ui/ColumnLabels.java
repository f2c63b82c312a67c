package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Human labels of the columns of IO outputs ({@code gvc_trade_f} → "GVC trade, forward …"), from the message
 * bundles' {@code io.column.*} keys; the column's id stays visible in a tooltip, as in the command line's CSV.
 * Columns without a label (region-sector labels of a matrix, such as {@code CHN_c3}) are shown as they are.
 */
final class ColumnLabels {

    private static final String PREFIX = "io.column.";
    private static final Set<String> KNOWN = known();

    private ColumnLabels() {
    }

    /** The label of a column in the reader's language, or the column id when it has none. */
    static String label(Component in, String column) {
        return KNOWN.contains(column) ? in.getTranslation(PREFIX + column) : column;
    }

    /** A grid header: the label, wrapping onto several lines, with the column id as its tooltip. */
    static Span header(Component in, String column) {
        Span header = new Span(label(in, column));
        header.getElement().setAttribute("title", column);
        header.getElement().setAttribute("data-column", column);
        header.addClassName("io-column-header");
        header.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere").set("line-height", "1.2");
        return header;
    }

    private static Set<String> known() {
        Properties p = new Properties();
        try (InputStream in = ColumnLabels.class.getResourceAsStream("/i18n/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/messages.properties is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length())).collect(Collectors.toUnmodifiableSet());
    }
}
