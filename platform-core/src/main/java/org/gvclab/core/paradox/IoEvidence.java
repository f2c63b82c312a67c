package org.gvclab.core.paradox;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded input-output table says about the region-sector a cluster is linked to (docs/model.md, "IO
 * evidence"): exactly the numbers the {@code io} engine computes for that region-sector, plus the shape of the
 * sector's inputs and its value chain. {@link IoEvidenceReader} fills it; every ratio is {@code null} where its
 * denominator is zero (a sector without exports has no export shares).
 *
 * @param table                    the table's name
 * @param region                   the linked region
 * @param sector                   the linked sector
 * @param upstreamness             Antràs, Chor, Fally &amp; Hillberry (2012): row sum of the Ghosh inverse, ≥ 1
 * @param downstreamness           Miller &amp; Temurshoev (2017): column sum of the Leontief inverse, ≥ 1
 * @param gvcParticipationBackward Borin &amp; Mancini (2019) trade-based backward participation GVCB / GEXP
 * @param gvcParticipationForward  Borin &amp; Mancini (2019) trade-based forward participation GVCF / GEXP
 * @param dvaShareOfExports        domestic value added in gross exports, DVA / GEXP (Borin &amp; Mancini 2019)
 * @param verticalSpecialisation   foreign value added in gross exports, FVA / GEXP: the Hummels, Ishii &amp; Yi (2001)
 *                                 vertical-specialisation share of the sector
 * @param regionDvaShare           DVA / GEXP over all sectors of the region: the reference the sector's share is
 *                                 scored against
 * @param sectorValueAddedRate     the sector's value-added coefficient v_j = va_j / x_j: the industry reference of
 *                                 the cluster's value-added rate
 * @param topSupplierShare         the largest share of one supplying sector (summed over regions) in the sector's
 *                                 intermediate inputs {@code max_s Σ_r a_(r,s),j / Σ_i a_ij}: chain-shape evidence
 * @param topSupplier              that supplying sector's label
 * @param inputDiversity           {@code 1 − Σ_s (Σ_r a_(r,s),j / Σ_i a_ij)²} over supplying sectors
 * @param domesticChainShare       share of the value added of the sector's final product created in the region
 * @param ownStageShare            share created by the linked region-sector itself (its own stage)
 * @param chain                    the value chain of the sector's final product (the smile curve, Ye, Meng &amp; Wei
 *                                 2015), the largest participants first
 */
public record IoEvidence(String table, String region, String sector, double upstreamness, double downstreamness,
                         @Nullable Double gvcParticipationBackward, @Nullable Double gvcParticipationForward,
                         @Nullable Double dvaShareOfExports, @Nullable Double verticalSpecialisation,
                         @Nullable Double regionDvaShare, @Nullable Double sectorValueAddedRate,
                         @Nullable Double topSupplierShare, String topSupplier, @Nullable Double inputDiversity,
                         @Nullable Double domesticChainShare, @Nullable Double ownStageShare, List<ChainStage> chain) {

    /**
     * One participant in the value chain of the linked sector's final product.
     *
     * @param region         the participant's region
     * @param sector         the participant's sector
     * @param share          its share of the product's value added, 0–1
     * @param stagesToFinal  its value-added-weighted distance to final demand (0 = the final stage)
     * @param domestic       whether it is in the linked region
     */
    public record ChainStage(String region, String sector, double share, double stagesToFinal, boolean domestic) {
    }

    public IoEvidence {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(topSupplier, "topSupplier");
        chain = List.copyOf(chain);
        share("topSupplierShare", topSupplierShare);
        share("inputDiversity", inputDiversity);
        share("domesticChainShare", domesticChainShare);
        share("ownStageShare", ownStageShare);
    }

    /** Evidence on the shape of the sector's inputs only (for tests and hand-made cases). */
    public static IoEvidence shape(double topSupplierShare) {
        return new IoEvidence("", "", "", 1, 1, null, null, null, null, null, null, topSupplierShare, "", null, null, null, List.of());
    }

    /** A copy with another domestic value added share of exports (a projected year); the rest is unchanged. */
    public IoEvidence withDvaShare(@Nullable Double dva) {
        return new IoEvidence(table, region, sector, upstreamness, downstreamness, gvcParticipationBackward,
                gvcParticipationForward, dva, verticalSpecialisation, regionDvaShare,
                sectorValueAddedRate, topSupplierShare, topSupplier, inputDiversity, domesticChainShare, ownStageShare, chain);
    }

    /** The evidence as labelled numbers, in the order a page shows them. */
    public java.util.List<Figure> figures() {
        return java.util.List.of(Figure.of("upstreamness", upstreamness, org.gvclab.core.base.Num::ratio),
                Figure.of("downstreamness", downstreamness, org.gvclab.core.base.Num::ratio),
                Figure.of("gvc_participation_backward", gvcParticipationBackward, org.gvclab.core.base.Num::share),
                Figure.of("gvc_participation_forward", gvcParticipationForward, org.gvclab.core.base.Num::share),
                Figure.of("dva_share_of_exports", dvaShareOfExports, org.gvclab.core.base.Num::share),
                Figure.of("vertical_specialisation", verticalSpecialisation, org.gvclab.core.base.Num::share),
                Figure.of("region_dva_share_of_exports", regionDvaShare, org.gvclab.core.base.Num::share),
                Figure.of("sector_value_added_rate", sectorValueAddedRate, org.gvclab.core.base.Num::share),
                Figure.of("top_supplier_share", topSupplierShare, org.gvclab.core.base.Num::share),
                Figure.of("input_diversity", inputDiversity, org.gvclab.core.base.Num::ratio),
                Figure.of("domestic_chain_share", domesticChainShare, org.gvclab.core.base.Num::share));
    }

    /** The linked region-sector as the IO engine labels it, e.g. {@code CHN_c17}. */
    public String link() {
        return region + "_" + sector;
    }

    private static void share(String what, @Nullable Double v) {
        if (v != null && !(v >= 0 && v <= 1 + 1e-9)) {
            throw new IllegalArgumentException(what + " must be in 0–1, got " + v);
        }
    }
}
