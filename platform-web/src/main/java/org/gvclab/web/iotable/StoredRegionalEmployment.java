package org.gvclab.web.iotable;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.gvclab.core.io.regional.RegionalEmployment;

/**
 * A cluster's regional and national employment by sector, as uploaded for its IO link: the inputs of FLQ
 * regionalisation and of the employment multiplier (docs/methods.md#regionalisation). The figures hold for the table content and
 * region the cluster was linked to when they were uploaded ({@link #matches(IoLink)}).
 *
 * @param tableChecksum the content checksum of the table the cluster was linked to at upload
 * @param region        the region code of that link (the "nation" of the national employment)
 * @param employment    RE and NE by sector (in the table's sector order) and the money conversion factor
 * @param delta         FLQ's δ chosen with the upload (0.3 by default, an assumption)
 * @param source        where the figures come from (statistical yearbook, census, year), as the user wrote it
 * @param fileName      the uploaded file's name
 * @param version       incremented by every replacement
 */
public record StoredRegionalEmployment(long clusterId, long jurisdictionId, String tableChecksum, String region,
                                       RegionalEmployment employment, double delta, String source, String fileName,
                                       String updatedBy, OffsetDateTime updatedAt, int version) {

    public StoredRegionalEmployment {
        Objects.requireNonNull(tableChecksum, "tableChecksum");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the figures were uploaded for this link's table content and region. */
    public boolean matches(IoLink link) {
        return tableChecksum.equals(link.checksum()) && region.equals(link.region());
    }

    /** Identifies this upload among all uploads of the cluster, including ones removed before (for caches). */
    public String revision() {
        return version + "@" + updatedAt.toInstant().toEpochMilli();
    }

    /** The number of sectors listed. */
    public int sectorCount() {
        return employment.sectors().size();
    }
}
