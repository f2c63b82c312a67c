package org.gvclab.web.cluster;

/**
 * The region-sector of a stored input-output table that a cluster corresponds to (docs/model.md#io-evidence);
 * diagnosis and strategies read the table's indicators and multipliers for it.
 *
 * @param tableId   the IO table
 * @param tableName its name, for display
 * @param region    a region code of that table
 * @param sector    a sector code of that table
 */
public record ClusterIoLink(long clusterId, long jurisdictionId, long tableId, String tableName, String region,
                            String sector) {
}
