package org.gvclab.core.io.regional;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Employment by sector of a county or city and of the nation around it, for regionalising a national table with
 * Flegg's location quotient and for employment multipliers (docs/methods.md#regionalisation). The nation is the table's region the
 * cluster is linked to (a country of a multi-regional table); its sectors are the table's sectors, in table order.
 *
 * @param sectors                 the table's sector codes, in table order (checked against the table when used)
 * @param regional                regional employment RE_i by sector (persons), ≥ 0
 * @param national                national employment NE_i by sector (persons), ≥ RE_i
 * @param tableUnitInClusterUnits how many units of the cluster's currency one money unit of the table is worth
 *                                (e.g. 700 when the table is in million USD and the cluster in 10,000 CNY at 7 CNY per
 *                                USD), &gt; 0; it turns persons per table money unit into persons per cluster unit
 */
public record RegionalEmployment(List<String> sectors, double[] regional, double[] national,
                                 double tableUnitInClusterUnits) {

    public RegionalEmployment {
        sectors = List.copyOf(sectors);
        regional = regional.clone();
        national = national.clone();
        int n = sectors.size();
        if (regional.length != n || national.length != n) {
            throw new IllegalArgumentException("employment must be given for each of the " + n + " sectors, got "
                    + regional.length + " regional and " + national.length + " national figures");
        }
        double re = 0;
        double ne = 0;
        for (int i = 0; i < n; i++) {
            String s = sectors.get(i);
            if (!Double.isFinite(regional[i]) || regional[i] < 0) {
                throw new IllegalArgumentException("regional employment of sector " + s
                        + " must be a finite number ≥ 0, got " + regional[i]);
            }
            if (!Double.isFinite(national[i]) || national[i] < 0) {
                throw new IllegalArgumentException("national employment of sector " + s
                        + " must be a finite number ≥ 0, got " + national[i]);
            }
            if (regional[i] > national[i]) {
                throw new IllegalArgumentException("regional employment of sector " + s + " (" + regional[i]
                        + ") exceeds national employment (" + national[i] + ")");
            }
            re += regional[i];
            ne += national[i];
        }
        if (!(re > 0) || !(ne > 0)) {
            throw new IllegalArgumentException("total regional and total national employment must be positive");
        }
        if (!Double.isFinite(tableUnitInClusterUnits) || !(tableUnitInClusterUnits > 0)) {
            throw new IllegalArgumentException("the conversion factor from the table's money unit to the cluster's "
                    + "currency unit must be a finite number > 0, got " + tableUnitInClusterUnits);
        }
    }

    /** RE_i by sector (a copy). */
    @Override
    public double[] regional() {
        return regional.clone();
    }

    /** NE_i by sector (a copy). */
    @Override
    public double[] national() {
        return national.clone();
    }

    /** Total regional employment RE. */
    public double regionalTotal() {
        double s = 0;
        for (double v : regional) {
            s += v;
        }
        return s;
    }

    /** Total national employment NE. */
    public double nationalTotal() {
        double s = 0;
        for (double v : national) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RegionalEmployment e && sectors.equals(e.sectors)
                && java.util.Arrays.equals(regional, e.regional) && java.util.Arrays.equals(national, e.national)
                && Double.compare(tableUnitInClusterUnits, e.tableUnitInClusterUnits) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sectors, java.util.Arrays.hashCode(regional), java.util.Arrays.hashCode(national),
                tableUnitInClusterUnits);
    }

    @Override
    public String toString() {
        return "RegionalEmployment[" + sectors.size() + " sectors, RE = " + regionalTotal() + ", NE = "
                + nationalTotal() + ", 1 table unit = " + tableUnitInClusterUnits + " cluster units]";
    }
}
