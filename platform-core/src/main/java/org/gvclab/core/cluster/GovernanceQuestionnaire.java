package org.gvclab.core.cluster;

import java.util.Objects;

/**
 * The three ratings of a cluster's link with its lead buyer that decide the governance type in Gereffi, Humphrey
 * &amp; Sturgeon (2005, "The governance of global value chains", RIPE 12(1), Table 1).
 *
 * @param complexity         complexity of transactions (how much information and knowledge a transaction needs)
 * @param codifiability      ability to codify transactions (can that information be written down and passed on)
 * @param supplierCapability capability of the suppliers to meet the requirements of the transaction
 */
public record GovernanceQuestionnaire(Level complexity, Level codifiability, Level supplierCapability) {

    /** On the 1–5 scale, answers from this value up count as high (*assumption*). */
    public static final int HIGH_FROM = 4;

    public GovernanceQuestionnaire {
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(codifiability, "codifiability");
        Objects.requireNonNull(supplierCapability, "supplierCapability");
    }

    /** The questionnaire from answers on the 1–5 scale (see {@link Level#fromScale(int)}). */
    public static GovernanceQuestionnaire fromScale(int complexity, int codifiability, int supplierCapability) {
        return new GovernanceQuestionnaire(Level.fromScale(complexity), Level.fromScale(codifiability),
                Level.fromScale(supplierCapability));
    }
}
