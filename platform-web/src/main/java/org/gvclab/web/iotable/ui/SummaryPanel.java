package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.io.model.BalanceReport;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;

/**
 * What a table holds and how it was read: regions, sectors and final-demand categories, the balance report, the
 * reader's notes (such as how TLS or WIOD's footer rows were treated), the checksum, the uploaded file and which
 * indicators are already stored.
 */
class SummaryPanel extends Composite<VerticalLayout> {

    SummaryPanel(IoTableService service, StoredIoTable t) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("io-summary");
        Locale locale = getLocale();
        ValueFormat numbers = new ValueFormat(locale, getTranslation("io.value.undefined"));

        root.add(section(getTranslation("io.summary.regions", t.G()), String.join(", ", t.regions())));
        root.add(section(getTranslation("io.summary.sectors", t.N()), String.join(", ", t.sectors())));
        root.add(section(getTranslation("io.summary.fd", t.fdCategories().size()), t.fdCategories().isEmpty()
                ? getTranslation("io.summary.fd.none") : String.join(", ", t.fdCategories())));

        BalanceReport b = t.balance();
        Div balance = new Div(new H4(getTranslation("io.summary.balance")),
                new Paragraph(getTranslation("io.summary.balance.rows", numbers.format(b.maxRowGap()),
                        numbers.format(b.maxRowRelativeGap()), b.worstRowLabel())),
                new Paragraph(getTranslation("io.summary.balance.cols", numbers.format(b.maxColumnGap()),
                        numbers.format(b.maxColumnRelativeGap()), b.worstColumnLabel())));
        balance.setId("io-balance");
        root.add(balance);

        UnorderedList notes = new UnorderedList();
        notes.setId("io-notes");
        if (t.notes().isEmpty()) {
            notes.add(new ListItem(getTranslation("io.summary.notes.none")));
        }
        t.notes().forEach(n -> notes.add(new ListItem(n)));
        root.add(new Div(new H4(getTranslation("io.summary.notes")), notes));

        Span checksum = new Span(t.checksum());
        checksum.setId("io-checksum");
        checksum.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        root.add(new Div(new H4(getTranslation("io.summary.checksum")), checksum));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        root.add(section(getTranslation("io.summary.upload"), getTranslation("io.summary.upload.value",
                t.uploadName(), t.uploadBytes(), t.uploadedBy(),
                date.format(t.uploadedAt().atZoneSameInstant(ZoneId.systemDefault())))));

        List<String> cached = service.cachedOutputs(t.id());
        Div stored = section(getTranslation("io.summary.cached"), cached.isEmpty()
                ? getTranslation("io.summary.notes.none") : String.join(", ", cached));
        stored.setId("io-cached");
        root.add(stored);
    }

    private static Div section(String heading, String text) {
        return new Div(new H4(heading), new Paragraph(text));
    }
}
