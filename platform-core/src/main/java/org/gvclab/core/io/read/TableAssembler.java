package org.gvclab.core.io.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoTable;

/**
 * Builds an {@link IoTable} from a flat layout (OECD ICIO, WIOD) read row by row: intermediate columns keyed by
 * (region, sector), final-demand columns keyed by (region, category), data rows keyed by (region, sector), and
 * value-added and output vectors. Raw regions can be mapped onto table regions (OECD's CN1/CN2 → CHN,
 * MX1/MX2 → MEX), in which case rows and columns of the mapped regions are summed.
 */
final class TableAssembler {

    private final String file;
    private final UnaryOperator<String> regionMap;
    private final List<String> regions = new ArrayList<>();
    private final List<String> sectors = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final int[] interTarget;
    private final int[] fdTarget;
    private final int n;
    private final int g;
    private final int f;
    private final DenseMatrix z;
    private final DenseMatrix yDetail;
    private final boolean[] rowSeen;
    private final List<String> notes = new ArrayList<>();
    /** fdTarget below this marks a column that goes to the row's own region: OWN_REGION − category index. */
    private static final int OWN_REGION = -1;

    /**
     * @param interCols raw intermediate columns as {region, sector}
     * @param fdCols    raw final-demand columns as {region, category}; a null region means the producing row's own
     *                  region (the 2016 ICIO release's DISC column)
     */
    TableAssembler(String file, List<String[]> interCols, List<String[]> fdCols, UnaryOperator<String> regionMap) {
        this.file = file;
        this.regionMap = regionMap;
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        Map<String, Integer> sectorIndex = new LinkedHashMap<>();
        for (String[] c : interCols) {
            regionIndex.putIfAbsent(regionMap.apply(c[0]), regionIndex.size());
            sectorIndex.putIfAbsent(c[1], sectorIndex.size());
        }
        regions.addAll(regionIndex.keySet());
        sectors.addAll(sectorIndex.keySet());
        this.g = regions.size();
        int nSec = sectors.size();
        this.n = g * nSec;
        if (g == 0 || nSec == 0) {
            throw new TableValidationException(file, 1, null, "no intermediate columns were found in the header");
        }
        boolean[] covered = new boolean[n];
        interTarget = new int[interCols.size()];
        for (int i = 0; i < interCols.size(); i++) {
            String[] c = interCols.get(i);
            int t = regionIndex.get(regionMap.apply(c[0])) * nSec + sectorIndex.get(c[1]);
            interTarget[i] = t;
            covered[t] = true;
        }
        for (int t = 0; t < n; t++) {
            if (!covered[t]) {
                throw new TableValidationException(file, 1, regions.get(t / nSec) + "_" + sectors.get(t % nSec),
                        "this region-sector has no column: every region needs the same sectors");
            }
        }
        Map<String, Integer> catIndex = new LinkedHashMap<>();
        for (String[] c : fdCols) {
            catIndex.putIfAbsent(c[1], catIndex.size());
        }
        categories.addAll(catIndex.keySet());
        this.f = categories.size();
        fdTarget = new int[fdCols.size()];
        for (int i = 0; i < fdCols.size(); i++) {
            String[] c = fdCols.get(i);
            if (c[0] == null) {
                fdTarget[i] = OWN_REGION - catIndex.get(c[1]);
                continue;
            }
            Integer r = regionIndex.get(regionMap.apply(c[0]));
            if (r == null) {
                throw new TableValidationException(file, 1, c[0] + "_" + c[1],
                        "final-demand column of a region that has no intermediate columns");
            }
            fdTarget[i] = r * f + catIndex.get(c[1]);
        }
        this.z = new DenseMatrix(n, n);
        this.yDetail = new DenseMatrix(n, g * f);
        this.rowSeen = new boolean[n];
    }

    List<String> regions() {
        return regions;
    }

    /** Index of the (mapped) region-sector, or -1. */
    int rowIndex(String region, String sector) {
        int r = regions.indexOf(regionMap.apply(region));
        int s = sectors.indexOf(sector);
        return r < 0 || s < 0 ? -1 : r * sectors.size() + s;
    }

    /** Adds a data row: its intermediate and final-demand values in raw column order. */
    void addRow(long line, String region, String sector, double[] inter, double[] fd) {
        int i = rowIndex(region, sector);
        if (i < 0) {
            throw new TableValidationException(file, line, region + "_" + sector,
                    "this row's region-sector is not among the columns");
        }
        rowSeen[i] = true;
        double[] zd = z.data();
        for (int c = 0; c < inter.length; c++) {
            zd[i * n + interTarget[c]] += inter[c];
        }
        double[] yd = yDetail.data();
        int w = g * f;
        int own = i / sectors.size() * f;
        for (int c = 0; c < fd.length; c++) {
            int t = fdTarget[c];
            yd[i * w + (t >= 0 ? t : own + OWN_REGION - t)] += fd[c];
        }
    }

    /** Maps a raw per-column vector (intermediate columns) onto table columns, summing mapped regions. */
    double[] columnVector(double[] raw) {
        double[] v = new double[n];
        for (int c = 0; c < raw.length; c++) {
            v[interTarget[c]] += raw[c];
        }
        return v;
    }

    void note(String s) {
        notes.add(s);
    }

    IoTable build(String name, double[] va, double[] x, ReadOptions options, String outputFile) {
        return build(name, va, x, options, outputFile, EmptyCells.NONE);
    }

    /** Builds and checks the table; the balance note counts the empty cells read as zero. */
    IoTable build(String name, double[] va, double[] x, ReadOptions options, String outputFile, EmptyCells empty) {
        List<String> labels = labels();
        for (int i = 0; i < n; i++) {
            if (!rowSeen[i]) {
                throw new TableValidationException(file, 0, labels.get(i), "no data row for this region-sector");
            }
        }
        TableChecks.checkOutput(x, labels, outputFile, 0);
        DenseMatrix y = GoldenLayoutReader.sumCategories(yDetail, g, f);
        IoTable t = new IoTable(name, regions, sectors, categories, z, y, yDetail, va, x, notes);
        return TableChecks.checkBalance(t, options, file, file, empty);
    }

    List<String> labels() {
        List<String> l = new ArrayList<>();
        for (String r : regions) {
            for (String s : sectors) {
                l.add(r + "_" + s);
            }
        }
        return l;
    }

    static Map<String, String> mapOf(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
