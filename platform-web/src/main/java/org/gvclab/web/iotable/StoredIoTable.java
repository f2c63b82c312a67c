package org.gvclab.web.iotable;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.io.model.BalanceReport;
import org.gvclab.core.io.model.TableLayout;
import org.gvclab.core.io.read.TableFormat;

/**
 * What is known about a stored IO table without loading its numbers: labels, the reader's notes (such as the
 * TLS or WIOD assumptions), the balance report, the content checksum, and who uploaded it when.
 *
 * @param checksum     SHA-256 of labels and values ({@code IoTable.checksum()}); results are cached under it
 * @param layout       regions, sectors and final-demand categories: the core's one definition of a table's shape
 * @param uploadName   the uploaded file's name
 * @param uploadBytes  the uploaded file's size
 */
public record StoredIoTable(long id, String name, TableFormat format, String checksum, TableLayout layout,
                            List<String> notes, BalanceReport balance, String uploadName, long uploadBytes,
                            String uploadedBy, OffsetDateTime uploadedAt) {

    public StoredIoTable {
        notes = List.copyOf(notes);
    }

    // Shortcuts to the layout, which defines them (callers read a stored table like the table itself).

    /** Region codes in table order. */
    public List<String> regions() {
        return layout.regions();
    }

    /** Sector codes in table order. */
    public List<String> sectors() {
        return layout.sectors();
    }

    /** Final-demand category codes (empty when the table has only final demand by region). */
    public List<String> fdCategories() {
        return layout.fdCategories();
    }

    /** Number of regions G. */
    public int G() {
        return layout.G();
    }

    /** Number of sectors per region N. */
    public int N() {
        return layout.N();
    }

    /** Number of region-sectors n = G·N. */
    public int n() {
        return layout.n();
    }
}
