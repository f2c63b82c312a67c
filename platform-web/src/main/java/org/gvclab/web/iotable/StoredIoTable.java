package org.gvclab.web.iotable;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.io.BalanceReport;
import org.gvclab.core.io.TableFormat;

/**
 * What is known about a stored IO table without loading its numbers: labels, the reader's notes (such as the
 * TLS or WIOD assumptions), the balance report, the content checksum, and who uploaded it when.
 *
 * @param checksum     SHA-256 of labels and values ({@code IoTable.checksum()}); results are cached under it
 * @param fdCategories final-demand category codes (empty when the table has only Y by region)
 * @param uploadName   the uploaded file's name
 * @param uploadBytes  the uploaded file's size
 */
public record StoredIoTable(long id, String name, TableFormat format, String checksum, List<String> regions,
                            List<String> sectors, List<String> fdCategories, List<String> notes, BalanceReport balance,
                            String uploadName, long uploadBytes, String uploadedBy, OffsetDateTime uploadedAt) {

    public StoredIoTable {
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        fdCategories = List.copyOf(fdCategories);
        notes = List.copyOf(notes);
    }

    /** Number of regions G. */
    public int G() {
        return regions.size();
    }

    /** Number of sectors per region N. */
    public int N() {
        return sectors.size();
    }

    /** Number of region-sectors n = G·N. */
    public int n() {
        return regions.size() * sectors.size();
    }
}
