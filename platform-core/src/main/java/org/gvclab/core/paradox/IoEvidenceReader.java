package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gvclab.core.base.Msg;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.decompose.ValueChains;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link IoEvidence} of a linked region-sector from the IO engine's own output tables, so the diagnosis
 * shows exactly what the {@code io} command and the IO table pages compute: upstreamness and downstreamness
 * ({@code upstreamness_downstreamness}), trade-based GVC participation ({@code gvc_participation_sector}), DVA and FVA
 * in exports ({@code bm_sector_exporter_source}), the value-added coefficient, the sector's input shape (a column of
 * A) and the smile curve of its final product. The command line computes the tables itself; the web application
 * passes its cached tables, so the evidence is computed once per table and link.
 */
public final class IoEvidenceReader {

    /** Participants of the value chain kept, the largest shares first. */
    static final int CHAIN_STAGES = 8;

    private IoEvidenceReader() {
    }

    /** The tables this reader needs from the IO engine, for callers that cache them. */
    public static List<IndicatorId> tablesNeeded() {
        return List.of(IndicatorId.UPSTREAMNESS_DOWNSTREAMNESS, IndicatorId.GVC_PARTICIPATION_SECTOR,
                IndicatorId.BM_SECTOR_EXPORTER_SOURCE);
    }

    /** Computes the evidence of a region-sector, its tables computed here exactly as the {@code io} command does. */
    public static IoEvidence compute(IoModel m, String region, String sector) {
        check(m, region, sector);
        return from(m, region, sector, id -> Indicators.compute(m, id), ValueChains.smileCurve(m, region, sector));
    }

    /**
     * The evidence of a region-sector from the IO engine's tables.
     *
     * @param m      the table's model (for A and v)
     * @param tables the outputs of {@link #tablesNeeded()}
     * @param smile  the smile curve of the region-sector ({@code ValueChains.smileCurve})
     * @throws IllegalArgumentException when the table has no such region-sector
     */
    public static IoEvidence from(IoModel m, String region, String sector, Function<IndicatorId, IndicatorTable> tables,
                                  IndicatorTable smile) {
        int j = check(m, region, sector);
        String label = region + "_" + sector;
        IndicatorTable ud = tables.apply(IndicatorId.UPSTREAMNESS_DOWNSTREAMNESS);
        int udRow = row(ud, List.of(label));
        IndicatorTable part = tables.apply(IndicatorId.GVC_PARTICIPATION_SECTOR);
        int pRow = row(part, List.of(region, sector));
        IndicatorTable bm = tables.apply(IndicatorId.BM_SECTOR_EXPORTER_SOURCE);
        int bRow = row(bm, List.of(region, sector));
        double gexp = bm.value(bRow, "GEXP");
        double regionDva = 0;
        double regionGexp = 0;
        for (int r = 0; r < bm.rows().size(); r++) {
            if (bm.rows().get(r).keys().get(0).equals(region)) {
                regionDva += bm.value(r, "DVA");
                regionGexp += bm.value(r, "GEXP");
            }
        }
        // the sector's inputs by supplying sector (summed over regions): the chain's shape
        DenseMatrix a = m.A();
        int n = m.table().N();
        double[] bySector = new double[n];
        double total = 0;
        for (int i = 0; i < a.rows(); i++) {
            bySector[i % n] += a.get(i, j);
            total += a.get(i, j);
        }
        Double top = null;
        Double diversity = null;
        String topSupplier = "";
        if (total > 0) {
            int best = 0;
            double hhi = 0;
            for (int s = 0; s < n; s++) {
                double share = bySector[s] / total;
                hhi += share * share;
                if (bySector[s] > bySector[best]) {
                    best = s;
                }
            }
            top = bySector[best] / total;
            diversity = 1 - hhi;
            topSupplier = m.table().sectors().get(best);
        }
        List<IoEvidence.ChainStage> chain = new ArrayList<>();
        double domestic = 0;
        double own = 0;
        boolean shares = false;
        for (int r = 0; r < smile.rows().size(); r++) {
            double share = smile.value(r, "share");
            if (Double.isFinite(share) && share > 0) {
                shares = true;
                List<String> keys = smile.rows().get(r).keys();
                boolean home = keys.get(0).equals(region);
                domestic += home ? share : 0;
                own += home && keys.get(1).equals(sector) ? share : 0;
                chain.add(new IoEvidence.ChainStage(keys.get(0), keys.get(1), share,
                        smile.value(r, "stages_to_final_demand"), home));
            }
        }
        chain.sort(Comparator.comparingDouble(IoEvidence.ChainStage::share).reversed());
        double v = m.v()[j];
        return new IoEvidence(m.table().name(), region, sector, ud.value(udRow, "upstreamness"),
                ud.value(udRow, "downstreamness"), finite(part.value(pRow, "gvcp_trade_b")),
                finite(part.value(pRow, "gvcp_trade_f")), ratio(bm.value(bRow, "DVA"), gexp),
                ratio(bm.value(bRow, "FVA"), gexp), ratio(regionDva, regionGexp), Double.isFinite(v) && v > 0 ? v : null,
                top, topSupplier, diversity, shares ? Math.min(1, domestic) : null, shares ? Math.min(1, own) : null,
                chain.size() > CHAIN_STAGES ? chain.subList(0, CHAIN_STAGES) : chain);
    }

    /** The region and sector of a {@code REGION_SECTOR} link label of the table, if the table has it. */
    public static Optional<String[]> split(IoModel m, String link) {
        for (String r : m.table().regions()) {
            for (String s : m.table().sectors()) {
                if ((r + "_" + s).equals(link)) {
                    return Optional.of(new String[] {r, s});
                }
            }
        }
        return Optional.empty();
    }

    private static int check(IoModel m, String region, String sector) {
        int r = m.table().regions().indexOf(region);
        int s = m.table().sectors().indexOf(sector);
        if (r < 0 || s < 0) {
            throw new IllegalArgumentException(Msg.of("paradox.io.no_link", region + "_" + sector, m.table().name()).en());
        }
        return r * m.table().N() + s;
    }

    private static int row(IndicatorTable t, List<String> keys) {
        for (int r = 0; r < t.rows().size(); r++) {
            if (t.rows().get(r).keys().equals(keys)) {
                return r;
            }
        }
        throw new IllegalArgumentException(t.indicator().fileName() + " has no row " + keys);
    }

    private static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static @Nullable Double ratio(double a, double b) {
        return b != 0 && Double.isFinite(a / b) ? a / b : null;
    }
}
