package org.gvclab.core.base;

import java.util.Locale;

/**
 * A section of GVC Lab's methods documentation ({@code docs/methods.md} and {@code docs/model.md}, with their Chinese
 * versions {@code docs/methods.zh.md} and {@code docs/model.zh.md}): the stable anchor that the in-app Methods page
 * gives the section in both languages, and the section's title in both languages. Code links to the methods by
 * these constants, never by typed anchor strings; {@code MethodsDocsTest} checks that every anchor exists in the
 * English and the Chinese file of its document.
 */
public enum MethodsSection {
    // docs/methods.md: the methods outside the cluster model
    NUMBERS(Doc.METHODS, "numbers"),
    IO_CORE(Doc.METHODS, "io-core"),
    EXPORT_DECOMPOSITIONS(Doc.METHODS, "export-decompositions"),
    KWW(Doc.METHODS, "kww"),
    WWZ(Doc.METHODS, "wwz"),
    BORIN_MANCINI(Doc.METHODS, "borin-mancini"),
    GVC_PARTICIPATION(Doc.METHODS, "gvc-participation"),
    UPSTREAMNESS(Doc.METHODS, "upstreamness"),
    PRODUCTION_LENGTH(Doc.METHODS, "production-length"),
    AVERAGE_PROPAGATION_LENGTH(Doc.METHODS, "average-propagation-length"),
    SMILE_CURVE(Doc.METHODS, "smile-curve"),
    VALUE_ADDED_RCA(Doc.METHODS, "value-added-rca"),
    REGIONALISATION(Doc.METHODS, "regionalisation"),
    AGGLOMERATION(Doc.METHODS, "agglomeration"),
    INDICATOR_CATALOGUE(Doc.METHODS, "indicator-catalogue"),
    USER_FORMULAS(Doc.METHODS, "user-formulas"),
    COMPOSITE_INDICES(Doc.METHODS, "composite-indices-general"),
    WEIGHTS(Doc.METHODS, "weights"),
    AHP(Doc.METHODS, "ahp"),
    TOPSIS(Doc.METHODS, "topsis"),
    RANK_BANDS(Doc.METHODS, "rank-bands"),
    WORKSHOP_AGGREGATION(Doc.METHODS, "workshop-aggregation"),
    METHODS_SOURCES(Doc.METHODS, "references"),
    // docs/model.md: the cluster model
    MODEL(Doc.MODEL, "cluster-model"),
    DATA(Doc.MODEL, "data"),
    INDICATORS(Doc.MODEL, "indicators"),
    REFERENCE_VALUES(Doc.MODEL, "reference-values"),
    LOCK_IN_INDEX(Doc.MODEL, "lock-in-index"),
    PRODUCTION_ARCHITECTURE(Doc.MODEL, "production-architecture"),
    GOVERNANCE(Doc.MODEL, "governance"),
    CHAIN_UPGRADING(Doc.MODEL, "chain-upgrading"),
    PATH_FROM_EVIDENCE(Doc.MODEL, "path-from-evidence"),
    IO_EVIDENCE(Doc.MODEL, "io-evidence"),
    INNOVATION_AGGLOMERATION(Doc.MODEL, "innovation-agglomeration"),
    RENT_DISTRIBUTION(Doc.MODEL, "rent-distribution"),
    PROJECTION(Doc.MODEL, "projection"),
    STRATEGIES(Doc.MODEL, "strategies"),
    OUTCOMES_AND_MONTE_CARLO(Doc.MODEL, "outcomes-and-monte-carlo"),
    NET_PRESENT_VALUE(Doc.MODEL, "net-present-value"),
    RANKING(Doc.MODEL, "ranking"),
    SENSITIVITY(Doc.MODEL, "sensitivity"),
    REGIONAL_EFFECTS(Doc.MODEL, "regional-effects"),
    PARAMETERS(Doc.MODEL, "parameters"),
    MODEL_COMPOSITE_INDICES(Doc.MODEL, "composite-indices"),
    WORKSHOPS(Doc.MODEL, "workshops"),
    LIMITS(Doc.MODEL, "what-the-model-cannot-say"),
    MODEL_SOURCES(Doc.MODEL, "sources");

    /** The two documents, each in English ({@code <name>.md}) and Chinese ({@code <name>.zh.md}). */
    public enum Doc {
        /** {@code docs/methods.md}: every formula outside the cluster model. */
        METHODS("methods"),
        /** {@code docs/model.md}: the cluster model (diagnosis, projection, ranking, sensitivity). */
        MODEL("model");

        private final String name;

        Doc(String name) {
            this.name = name;
        }

        /** The file of this document in {@code docs/} for a language: {@code methods.md}, {@code methods.zh.md}. */
        public String file(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? name + ".zh.md" : name + ".md";
        }
    }

    /** The route of the in-app Methods page. */
    public static final String PAGE = "methods";

    private final Doc doc;
    private final String anchor;

    MethodsSection(Doc doc, String anchor) {
        this.doc = doc;
        this.anchor = anchor;
    }

    /** The document holding the section. */
    public Doc doc() {
        return doc;
    }

    /** The section's anchor, the same in both languages ({@code lock-in-index}). */
    public String anchor() {
        return anchor;
    }

    /** The link to the section on the Methods page: {@code /methods#lock-in-index}. */
    public String href() {
        return "/" + PAGE + "#" + anchor;
    }

    /** The section's title in both languages (from the base bundle, {@code base.methods.<anchor>}). */
    public LocalizedText title() {
        return Msg.of("base.methods." + anchor);
    }

    /** How a text cites the section: "GVC Lab methods, “Lock-in index”" in the reader's language. */
    public LocalizedText citation() {
        return Msg.of("base.methods.cite", title());
    }
}
