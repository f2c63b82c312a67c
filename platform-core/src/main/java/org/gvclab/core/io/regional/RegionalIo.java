package org.gvclab.core.io.regional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.Leontief;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.TableValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Type I multipliers of the region-sector a cluster is linked to (docs/methods.md#regionalisation
 * and "Type I multipliers"; Miller &amp; Blair 2009 ch. 6). The "national table" is the linked region's (country's)
 * domestic block {@code A_rr} of the multi-regional table (N × N: purchases from the other regions are imports) with
 * value-added coefficients {@code v_i = va_i / x_i} ({@code 0} where {@code x_i = 0}, golden README §2).
 * <ul>
 *   <li>With regional employment by sector: {@code A^r = FLQ(A_rr, RE, NE, δ)} ({@link Regionalisation#flq}, Flegg
 *       &amp; Webber 1997; Flegg &amp; Tohmo 2013), {@code L_r = (I − A^r)^-1}, output {@code 1'·L_r}, value added
 *       {@code v·L_r}, employment {@code e·L_r} with {@code e_i = NE_i / x_i} (persons per table money unit;
 *       <i>assumption</i>: the region's labour productivity equals the nation's; 0 where {@code x_i = 0}), divided by
 *       the factor converting one table money unit into the cluster's currency unit.</li>
 *   <li>Without it: {@code L = (I − A_rr)^-1} and output and value-added multipliers only (no regionalisation, no
 *       employment multiplier: both need regional employment by sector).</li>
 * </ul>
 * One LU factorisation serves the three multipliers (docs/methods.md#io-core).
 */
public final class RegionalIo {

    private RegionalIo() {
    }

    /**
     * The multipliers of sector {@code sectorIndex} of region {@code regionIndex}.
     *
     * @param model       the table's model (its solver is used)
     * @param regionIndex the region's position among the table's regions (0-based)
     * @param sectorIndex the sector's position among the table's sectors (0-based)
     * @param employment  regional and national employment by sector of that region, or null for national multipliers
     * @param delta       FLQ's δ in [0, 1) ({@link Regionalisation#DEFAULT_DELTA} = 0.3, an <i>assumption</i>);
     *                    ignored without employment
     * @throws TableValidationException when the linked sector has zero gross output (it has no input structure)
     * @throws SingularMatrixException  when {@code I − A} of the region is singular
     * @throws IllegalArgumentException when an index is out of range, the employment's sectors are not the table's,
     *                                  or δ is outside [0, 1)
     */
    public static SectorMultipliers multipliers(IoModel model, int regionIndex, int sectorIndex,
                                                @Nullable RegionalEmployment employment, double delta) {
        IoTable table = model.table();
        int g = table.G();
        int nSec = table.N();
        if (regionIndex < 0 || regionIndex >= g) {
            throw new IllegalArgumentException("region index " + regionIndex + " is outside 0–" + (g - 1));
        }
        if (sectorIndex < 0 || sectorIndex >= nSec) {
            throw new IllegalArgumentException("sector index " + sectorIndex + " is outside 0–" + (nSec - 1));
        }
        String region = table.regions().get(regionIndex);
        String sector = table.sectors().get(sectorIndex);
        int o = regionIndex * nSec;
        List<String> labels = table.labels().subList(o, o + nSec);
        double[] x = Arrays.copyOfRange(table.x(), o, o + nSec);
        if (!(x[sectorIndex] > 0)) {
            throw new TableValidationException(table.name(), 0, labels.get(sectorIndex),
                    "the linked sector has zero gross output, so it has no input structure to derive multipliers from;"
                            + " link the cluster to a sector the region produces");
        }
        DenseMatrix a = domesticBlock(table, o, nSec);
        double[] v = new double[nSec];
        for (int i = 0; i < nSec; i++) {
            v[i] = x[i] == 0 ? 0 : table.va()[o + i] / x[i];
        }
        if (employment == null) {
            LinearSolver.Factorization lu = Leontief.factor(model.solver(), a, labels, "I − A_rr of " + region);
            double[] m = lu.solveTransposed(ones(nSec));
            double[] mv = lu.solveTransposed(v);
            return new SectorMultipliers(region, sector, SectorMultipliers.Method.NATIONAL, m[sectorIndex],
                    mv[sectorIndex], OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    nationalDescription(region, sector, nSec));
        }
        if (!employment.sectors().equals(table.sectors())) {
            throw new IllegalArgumentException("the employment figures are for sectors " + employment.sectors()
                    + ", not for the table's sectors " + table.sectors());
        }
        double[] ne = employment.national();
        Regionalisation.Result flq = Regionalisation.flq(a, employment.regional(), ne, delta);
        double[] e = new double[nSec];
        for (int i = 0; i < nSec; i++) {
            e[i] = x[i] == 0 ? 0 : ne[i] / x[i];
        }
        LinearSolver.Factorization lu = Leontief.factor(model.solver(), flq.A(), labels, "I − A^r (FLQ) of " + region);
        double[] m = lu.solveTransposed(ones(nSec));
        double[] mv = lu.solveTransposed(v);
        double[] me = lu.solveTransposed(e);
        double jobs = me[sectorIndex] / employment.tableUnitInClusterUnits();
        return new SectorMultipliers(region, sector, SectorMultipliers.Method.FLQ, m[sectorIndex], mv[sectorIndex],
                OptionalDouble.of(jobs), OptionalDouble.of(delta), OptionalDouble.of(flq.lambda()),
                flqDescription(region, sector, nSec, delta, flq.lambda(), employment));
    }

    /** {@code A_rr[i, j] = Z[o+i, o+j] / x[o+j]} (0 where x = 0), formed from Z without the full n × n A. */
    static DenseMatrix domesticBlock(IoTable table, int o, int nSec) {
        DenseMatrix z = table.Z();
        double[] x = table.x();
        DenseMatrix a = new DenseMatrix(nSec, nSec);
        for (int i = 0; i < nSec; i++) {
            for (int j = 0; j < nSec; j++) {
                double xj = x[o + j];
                a.set(i, j, xj == 0 ? 0 : z.get(o + i, o + j) / xj);
            }
        }
        return a;
    }

    private static double[] ones(int n) {
        double[] r = new double[n];
        Arrays.fill(r, 1.0);
        return r;
    }

    private static LocalizedText nationalDescription(String region, String sector, int nSec) {
        return Msg.of("io.regional.multipliers.national", region, sector, nSec);
    }

    private static LocalizedText flqDescription(String region, String sector, int nSec, double delta, double lambda,
                                                RegionalEmployment employment) {
        // coefficients keep four decimals: the description documents the computation, it is not a headline figure
        String d = plain(delta);
        String l = String.format(Locale.ROOT, "%.4f", lambda);
        String f = plain(employment.tableUnitInClusterUnits());
        String share = String.format(Locale.ROOT, "%.4f", employment.regionalTotal() / employment.nationalTotal());
        return Msg.of("io.regional.multipliers.flq", region, sector, nSec, d, share, l, f);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
