package org.gvclab.core.io.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a multi-regional input-output table (Miller &amp; Blair 2009 ch. 3): G regions ×
 * N sectors, rows and columns ordered region-major with labels {@code REGION_SECTOR}, and the final-demand
 * categories when final demand is known by category. The one definition shared by a table with its numbers
 * ({@link IoTable}) and a stored table's summary in the web application.
 */
public final class TableLayout {

    private final List<String> regions;
    private final List<String> sectors;
    private final List<String> fdCategories;
    private final List<String> labels;

    /**
     * @param regions      region codes in table order
     * @param sectors      sector codes in table order
     * @param fdCategories final-demand category codes (empty when only final demand by region is known)
     */
    public TableLayout(List<String> regions, List<String> sectors, List<String> fdCategories) {
        this.regions = List.copyOf(regions);
        this.sectors = List.copyOf(sectors);
        this.fdCategories = List.copyOf(fdCategories);
        List<String> l = new ArrayList<>(this.regions.size() * this.sectors.size());
        for (String r : this.regions) {
            for (String s : this.sectors) {
                l.add(r + "_" + s);
            }
        }
        this.labels = List.copyOf(l);
    }

    /** Region codes in table order. */
    public List<String> regions() {
        return regions;
    }

    /** Sector codes in table order. */
    public List<String> sectors() {
        return sectors;
    }

    /** Final-demand category codes (empty when only final demand by region is known). */
    public List<String> fdCategories() {
        return fdCategories;
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

    /** Row and column labels {@code REGION_SECTOR}, region-major. */
    public List<String> labels() {
        return labels;
    }

    /** Region index of row or column j. */
    public int region(int j) {
        return j / sectors.size();
    }

    /** The position of region {@code r}'s sector {@code s}, or -1 when the table has no such region-sector. */
    public int index(String r, String s) {
        int ri = regions.indexOf(r);
        int si = sectors.indexOf(s);
        return ri < 0 || si < 0 ? -1 : ri * sectors.size() + si;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TableLayout t && regions.equals(t.regions) && sectors.equals(t.sectors)
                && fdCategories.equals(t.fdCategories);
    }

    @Override
    public int hashCode() {
        return (regions.hashCode() * 31 + sectors.hashCode()) * 31 + fdCategories.hashCode();
    }

    @Override
    public String toString() {
        return G() + " regions × " + N() + " sectors";
    }
}
