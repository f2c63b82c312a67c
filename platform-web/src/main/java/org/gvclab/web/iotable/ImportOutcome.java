package org.gvclab.web.iotable;

/**
 * The result of an upload that passed every check.
 *
 * @param table          the stored table (the one already stored when the content was uploaded before)
 * @param alreadyStored  whether an identical table (same checksum) was stored before, so nothing new was stored
 * @param readMillis     reading, parsing and checking the file
 * @param factoriseMillis the checksum, the look-up of an identical table and the factorisation of {@code I − A}
 * @param storeMillis    recording the table (0 when already stored); its encoded data is written afterwards, in the
 *                       background
 * @param totalMillis    the whole import, from the start of reading
 */
public record ImportOutcome(StoredIoTable table, boolean alreadyStored, long readMillis, long factoriseMillis,
                            long storeMillis, long totalMillis) {
}
