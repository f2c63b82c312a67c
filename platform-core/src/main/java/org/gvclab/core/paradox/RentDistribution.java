package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Who captures the value added (docs/model.md, "Rent distribution"): the cluster's value added split into labour
 * compensation and operating surplus where labour compensation is recorded; value added by function (OEM, ODM, OBM)
 * from the smile curve calibrated to the cluster's value-added rate; and, with a linked IO table, the shares of the
 * value of the sector's final product captured at home, by the cluster's own stage and by each participant of the
 * chain.
 *
 * @param valueAdded          the cluster's value added in its currency unit
 * @param labourCompensation  recorded labour compensation, or null
 * @param operatingSurplus    value added − labour compensation (gross: depreciation and net production taxes
 *                            included), or null
 * @param labourShare         labour compensation / value added (0–1), or null
 * @param byFunction          value added by function, where the OEM/ODM/OBM mix is recorded
 * @param domesticChainShare  share of the final product's value added created in the linked region (0–1), or null
 * @param ownStageShare       share created by the linked region-sector itself (0–1), or null
 * @param chain               the chain's largest participants (from the IO evidence)
 * @param explanation         how to read it, in both languages
 */
public record RentDistribution(double valueAdded, @Nullable Double labourCompensation, @Nullable Double operatingSurplus,
                               @Nullable Double labourShare, List<FunctionRent> byFunction,
                               @Nullable Double domesticChainShare, @Nullable Double ownStageShare,
                               List<IoEvidence.ChainStage> chain, List<LocalizedText> explanation) {

    /** ODM value-added rate as a multiple of the OEM rate (smile curve, *assumption*; the projection's default). */
    public static final double ODM_PREMIUM = 1.3;
    /** OBM value-added rate as a multiple of the OEM rate (smile curve, *assumption*; the projection's default). */
    public static final double OBM_PREMIUM = 1.7;

    /**
     * Value added of one function.
     *
     * @param function       OEM, ODM or OBM
     * @param salesShare     its share of OEM + ODM + OBM sales (0–1)
     * @param valueAddedRate its calibrated value-added rate (0–1)
     * @param valueAdded     its value added in the cluster's currency unit
     * @param valueAddedShare its share of the value added of the three (0–1)
     */
    public record FunctionRent(String function, double salesShare, double valueAddedRate, double valueAdded,
                               double valueAddedShare) {
    }

    /** The split as labelled numbers (money in the cluster's currency unit). */
    public List<Figure> figures() {
        return List.of(Figure.of("value_added", valueAdded, org.gvclab.core.base.Num::money),
                Figure.of("labour_compensation", labourCompensation, org.gvclab.core.base.Num::money),
                Figure.of("operating_surplus", operatingSurplus, org.gvclab.core.base.Num::money),
                Figure.of("labour_share", labourShare, org.gvclab.core.base.Num::share),
                Figure.of("domestic_chain_share", domesticChainShare, org.gvclab.core.base.Num::share),
                Figure.of("own_stage_share", ownStageShare, org.gvclab.core.base.Num::share));
    }

    public RentDistribution {
        byFunction = List.copyOf(byFunction);
        chain = List.copyOf(chain);
        explanation = List.copyOf(explanation);
    }
}
