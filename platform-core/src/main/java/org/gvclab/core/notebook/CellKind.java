package org.gvclab.core.notebook;

import java.util.Arrays;

/** The kinds of notebook cell, each with the stable name it has in the stored JSON ({@code "kind"}). */
public enum CellKind {
    MARKDOWN("markdown", MarkdownCell.class),
    INDICATOR_TABLE("indicator-table", IndicatorTableCell.class),
    CHART("chart", ChartCell.class),
    DIAGNOSIS_SUMMARY("diagnosis-summary", DiagnosisSummaryCell.class),
    STRATEGY_COMPARISON("strategy-comparison", StrategyComparisonCell.class),
    IO_INDICATOR_TABLE("io-indicator-table", IoIndicatorTableCell.class),
    WORKSHOP_RESULTS("workshop-results", WorkshopResultsCell.class);

    private final String jsonName;
    private final Class<? extends Cell> type;

    CellKind(String jsonName, Class<? extends Cell> type) {
        this.jsonName = jsonName;
        this.type = type;
    }

    /** The name in the stored JSON; never changes once released (an upgrader renames if it must). */
    public String jsonName() {
        return jsonName;
    }

    /** The cell record that holds this kind's settings. */
    public Class<? extends Cell> type() {
        return type;
    }

    /** The kind named {@code jsonName} in stored JSON. */
    public static CellKind fromJsonName(String jsonName) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(jsonName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell kind '" + jsonName + "'"));
    }
}
