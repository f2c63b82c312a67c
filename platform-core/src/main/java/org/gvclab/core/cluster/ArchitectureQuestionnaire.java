package org.gvclab.core.cluster;

import org.jspecify.annotations.Nullable;

/**
 * The short questionnaire on how production of the cluster's main product is organised, after Baldwin &amp;
 * Venables (2013, "Spiders and snakes: offshoring and agglomeration in the global economy", Journal of
 * International Economics 90(2): 245–254). A <em>spider</em> assembles many parts, made in any order, at one
 * point; a <em>snake</em> passes the good through a sequence of stages, each adding value to the previous one's
 * output. Every answer may be left open ({@code null}); the diagnosis uses what is answered and says what is not.
 *
 * @param componentInputs      how many distinct component inputs are assembled into the final product
 * @param sequentialStages     whether production runs through stages in a fixed order, each using the previous
 *                             stage's output (fibre → yarn → fabric → garment)
 * @param stageCount           how many such sequential processing stages there are
 * @param parallelAssembly     whether parts are made separately (in parallel) and brought together at one
 *                             assembly point — the "body" of the spider
 * @param transformsMaterial   whether most stages transform a material physically or chemically (spinning,
 *                             dyeing, smelting) rather than join parts
 */
public record ArchitectureQuestionnaire(@Nullable Integer componentInputs, @Nullable Boolean sequentialStages,
                                        @Nullable Integer stageCount, @Nullable Boolean parallelAssembly,
                                        @Nullable Boolean transformsMaterial) {

    public ArchitectureQuestionnaire {
        if (componentInputs != null && componentInputs < 0) {
            throw new IllegalArgumentException("componentInputs must be ≥ 0, was " + componentInputs);
        }
        if (stageCount != null && stageCount < 0) {
            throw new IllegalArgumentException("stageCount must be ≥ 0, was " + stageCount);
        }
    }

    /** A questionnaire with no answer yet. */
    public static ArchitectureQuestionnaire unanswered() {
        return new ArchitectureQuestionnaire(null, null, null, null, null);
    }
}
