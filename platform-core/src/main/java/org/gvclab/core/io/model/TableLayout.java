package org.gvclab.core.io.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a multi-regional input-output table (Miller &amp; Blair 2009 ch. 3): G regions × N sectors, rows and
 * columns ordered region-major with labels {@code REGION_SECTOR}, and the final-demand categories when final demand
 * is known by category. The one definition shared by a table with its numbers ({@link IoTable}) and a stored
 * table's summary in the web application.
 *
 * @param regions      region codes in table order
 * @param sectors      sector codes in table order
 * @param fdCategories final-demand category codes (empty when only final demand by region is known)
 */
public record TableLayout(List<String> regions, List<String> sectors, List<String> fdCategories) {

    public TableLayout {
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        fdCategories = List.copyOf(fdCategories);
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

    /** Row and column labels {@code REGION_SECTOR}, region-major (a new list on each call). */
    public List<String> labels() {
        List<String> l = new ArrayList<>(n());
        for (String r : regions) {
            for (String s : sectors) {
                l.add(r + "_" + s);
            }
        }
        return l;
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
}
