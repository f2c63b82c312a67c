package org.gvclab.web.cluster;

import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's answers to the governance questionnaire (three ratings of the lead buyer link on a 1–5 scale,
 * Gereffi, Humphrey &amp; Sturgeon 2005) and to the production-architecture questionnaire. Any answer may be
 * missing; the diagnosis then says what it could not decide.
 *
 * @param version optimistic-lock version; -1 when nothing has been stored yet
 */
public record Questionnaires(@Nullable Integer complexity, @Nullable Integer codifiability,
                             @Nullable Integer supplierCapability, ArchitectureQuestionnaire architecture,
                             int version) {

    /** Nothing answered yet. */
    public static Questionnaires unanswered() {
        return new Questionnaires(null, null, null, ArchitectureQuestionnaire.unanswered(), -1);
    }

    /** The governance questionnaire, when all three ratings are given. */
    public @Nullable GovernanceQuestionnaire governance() {
        return complexity == null || codifiability == null || supplierCapability == null ? null
                : GovernanceQuestionnaire.fromScale(complexity, codifiability, supplierCapability);
    }
}
