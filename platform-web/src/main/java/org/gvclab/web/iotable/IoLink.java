package org.gvclab.web.iotable;

/**
 * The region-sector of a stored IO table that a cluster is linked to, for diagnosis and strategies: get the table's
 * model with {@link IoTableService#model(IoLink)} and read the sector's column {@link #index()} (for example of
 * {@code IoModel.A()} for input diversity, or Type I multipliers via the core's {@code Multipliers}).
 *
 * @param tableId     the stored table
 * @param tableName   its name
 * @param checksum    its content checksum (results are cached under it)
 * @param region      the region code
 * @param sector      the sector code
 * @param regionIndex the region's position among the table's regions (0-based)
 * @param sectorIndex the sector's position among the table's sectors (0-based)
 * @param index       the region-sector's row and column in the table's region-major order: regionIndex·N + sectorIndex
 */
public record IoLink(long clusterId, long tableId, String tableName, String checksum, String region, String sector,
                     int regionIndex, int sectorIndex, int index) {
}
