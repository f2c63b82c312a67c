package org.gvclab.core.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.Msg;

/**
 * The one place that reads a cluster's records as a history: oldest first, one record per year, the latest year and
 * the record of the year just before it (growth indicators need exactly the previous calendar year, never an older
 * one).
 */
public final class YearlyRecords {

    private YearlyRecords() {
    }

    /**
     * The records oldest first.
     *
     * @throws IllegalArgumentException naming the year when two records describe the same year
     */
    public static List<YearlyRecord> sorted(List<YearlyRecord> records) {
        List<YearlyRecord> s = records.stream().sorted(Comparator.comparingInt(YearlyRecord::year)).toList();
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i).year() == s.get(i - 1).year()) {
                throw new IllegalArgumentException(Msg.of("cluster.history.duplicate", s.get(i).year()).en());
            }
        }
        return s;
    }

    /** The latest record; {@link IllegalArgumentException} for an empty list. */
    public static YearlyRecord latest(List<YearlyRecord> records) {
        List<YearlyRecord> s = sorted(records);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no yearly record");
        }
        return s.get(s.size() - 1);
    }

    /** The record of the calendar year before {@code year}, if there is one. */
    public static Optional<YearlyRecord> previous(List<YearlyRecord> records, int year) {
        for (YearlyRecord r : records) {
            if (r.year() == year - 1) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
