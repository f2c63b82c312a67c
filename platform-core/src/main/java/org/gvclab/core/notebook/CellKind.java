package org.gvclab.core.notebook;

import java.util.Arrays;
import java.util.Objects;

/**
 * A kind of notebook cell: the record that holds its settings, the stable name it has in the stored JSON
 * ({@code "kind"}) and a constant-style name for screens and tests. The kinds this core ships are the constants
 * below; a feature adds its own kind with its own cell record, and the codec that reads its notebooks learns it
 * with {@link NotebookJsonCodec#withKinds}.
 *
 * @param name     an upper-case name, e.g. {@code STRATEGY_COMPARISON} (labels and screen attributes use it)
 * @param jsonName the name in stored JSON; never changes once released (an upgrader renames if it must)
 * @param type     the cell record that holds this kind's settings
 */
public record CellKind(String name, String jsonName, Class<? extends Cell> type) {

    public static final CellKind MARKDOWN = new CellKind("MARKDOWN", "markdown", MarkdownCell.class);
    public static final CellKind INDICATOR_TABLE =
            new CellKind("INDICATOR_TABLE", "indicator-table", IndicatorTableCell.class);
    public static final CellKind CHART = new CellKind("CHART", "chart", ChartCell.class);
    public static final CellKind DIAGNOSIS_SUMMARY =
            new CellKind("DIAGNOSIS_SUMMARY", "diagnosis-summary", DiagnosisSummaryCell.class);
    public static final CellKind STRATEGY_COMPARISON =
            new CellKind("STRATEGY_COMPARISON", "strategy-comparison", StrategyComparisonCell.class);
    public static final CellKind IO_INDICATOR_TABLE =
            new CellKind("IO_INDICATOR_TABLE", "io-indicator-table", IoIndicatorTableCell.class);
    public static final CellKind WORKSHOP_RESULTS =
            new CellKind("WORKSHOP_RESULTS", "workshop-results", WorkshopResultsCell.class);

    private static final CellKind[] SHIPPED = {MARKDOWN, INDICATOR_TABLE, CHART, DIAGNOSIS_SUMMARY,
            STRATEGY_COMPARISON, IO_INDICATOR_TABLE, WORKSHOP_RESULTS};

    public CellKind {
        Objects.requireNonNull(type, "type");
        if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a cell kind's name is upper-case letters, digits and underscores: "
                    + name);
        }
        if (jsonName == null || !jsonName.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("cell kind " + name + ": a JSON name is lower-case letters, digits "
                    + "and dashes: " + jsonName);
        }
    }

    /** The kinds this core ships, in the order the notebook offers them. */
    public static CellKind[] values() {
        return SHIPPED.clone();
    }

    /** The shipped kind named {@code jsonName} in stored JSON. */
    public static CellKind fromJsonName(String jsonName) {
        return Arrays.stream(SHIPPED).filter(k -> k.jsonName.equals(jsonName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell kind '" + jsonName + "'"));
    }
}
