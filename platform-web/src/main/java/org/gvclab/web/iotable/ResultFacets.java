package org.gvclab.web.iotable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.jspecify.annotations.Nullable;

/**
 * How the rows and columns of one indicator relate to the table's regions and sectors, so that a grid can filter
 * them: each key column holds regions, sectors or {@code REGION_SECTOR} labels (matched against the table's own
 * label list, so codes that contain "_" split correctly), and the value columns may be labels or regions too
 * (the n × n matrices), which lets a wide result be shown one region's columns at a time.
 */
public final class ResultFacets {

    /** What a facet filters by. */
    public enum Kind {
        REGION, SECTOR
    }

    /**
     * One filter over the rows.
     *
     * @param id        a stable id ({@code region}/{@code sector} for the parts of a label key, else the key column)
     * @param keyColumn the key column it reads
     * @param kind      whether it holds regions or sectors
     * @param ofLabel   whether the key holds {@code REGION_SECTOR} labels of which this facet is one part
     * @param options   the values to choose from, in table order
     */
    public record Facet(String id, int keyColumn, Kind kind, boolean ofLabel, List<String> options) {

        public Facet {
            options = List.copyOf(options);
        }

        /** The column name to show: the key column's, or the part of a label key. */
        public String label(List<String> keyColumns) {
            return ofLabel ? id : keyColumns.get(keyColumn);
        }
    }

    private final List<String> regions;
    private final List<String> sectors;
    private final Map<String, int[]> labelParts = new HashMap<>();
    private final List<Facet> facets;
    private final int[] columnRegion;
    private final boolean labelColumns;
    private final boolean columnsByRegion;

    /** Reads the facets of {@code result}, an output of a table with these regions and sectors. */
    public ResultFacets(List<String> regions, List<String> sectors, IndicatorTable result) {
        this.regions = List.copyOf(regions);
        this.sectors = List.copyOf(sectors);
        for (int r = 0; r < regions.size(); r++) {
            for (int s = 0; s < sectors.size(); s++) {
                labelParts.put(regions.get(r) + "_" + sectors.get(s), new int[] {r, s});
            }
        }
        Set<String> regionSet = new HashSet<>(regions);
        Set<String> sectorSet = new HashSet<>(sectors);
        List<Facet> found = new ArrayList<>();
        for (int k = 0; k < result.keyColumns().size(); k++) {
            Set<String> values = new HashSet<>();
            for (IndicatorTable.Row row : result.rows()) {
                values.add(row.keys().get(k));
            }
            if (values.isEmpty()) {
                continue;
            }
            String name = result.keyColumns().get(k);
            if (regionSet.containsAll(values)) {
                found.add(new Facet(name, k, Kind.REGION, false, inOrder(regions, values)));
            } else if (sectorSet.containsAll(values)) {
                found.add(new Facet(name, k, Kind.SECTOR, false, inOrder(sectors, values)));
            } else if (labelParts.keySet().containsAll(values)) {
                Set<String> rs = new HashSet<>();
                Set<String> ss = new HashSet<>();
                for (String v : values) {
                    int[] p = labelParts.get(v);
                    rs.add(regions.get(p[0]));
                    ss.add(sectors.get(p[1]));
                }
                found.add(new Facet("region", k, Kind.REGION, true, inOrder(regions, rs)));
                found.add(new Facet("sector", k, Kind.SECTOR, true, inOrder(sectors, ss)));
            }
        }
        this.facets = List.copyOf(found);
        List<String> cols = result.valueColumns();
        columnRegion = new int[cols.size()];
        boolean labels = !cols.isEmpty();
        boolean regionCols = !cols.isEmpty();
        for (int c = 0; c < cols.size(); c++) {
            int[] p = labelParts.get(cols.get(c));
            labels &= p != null;
            regionCols &= regionSet.contains(cols.get(c));
            columnRegion[c] = p != null ? p[0] : regions.indexOf(cols.get(c));
        }
        this.labelColumns = labels;
        this.columnsByRegion = labels || regionCols;
    }

    /** The row filters this result supports, in key-column order. */
    public List<Facet> facets() {
        return facets;
    }

    /** Whether a row passes the chosen values (facet id → value; absent or null means any). */
    public boolean matches(IndicatorTable.Row row, Map<String, String> chosen) {
        for (Facet f : facets) {
            String want = chosen.get(f.id());
            if (want == null) {
                continue;
            }
            String key = row.keys().get(f.keyColumn());
            String have;
            if (f.ofLabel()) {
                int[] p = labelParts.get(key);
                have = p == null ? null : (f.kind() == Kind.REGION ? regions.get(p[0]) : sectors.get(p[1]));
            } else {
                have = key;
            }
            if (!want.equals(have)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value columns are {@code REGION_SECTOR} labels (the n × n matrices and the VA coefficients). */
    public boolean labelColumns() {
        return labelColumns;
    }

    /** Whether each value column belongs to a region, so that columns can be shown one region at a time. */
    public boolean columnsByRegion() {
        return columnsByRegion;
    }

    /** The value columns of one region (all columns when they do not belong to regions, or region is null). */
    public List<Integer> columnsOf(@Nullable String region) {
        List<Integer> idx = new ArrayList<>();
        int r = region == null ? -1 : regions.indexOf(region);
        for (int c = 0; c < columnRegion.length; c++) {
            if (r < 0 || !columnsByRegion || columnRegion[c] == r) {
                idx.add(c);
            }
        }
        return idx;
    }

    private static List<String> inOrder(List<String> all, Set<String> present) {
        return all.stream().filter(present::contains).toList();
    }
}
