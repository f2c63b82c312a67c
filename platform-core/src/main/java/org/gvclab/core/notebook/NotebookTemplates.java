package org.gvclab.core.notebook;

import java.util.List;
import java.util.UUID;

/**
 * Ready-made notebooks. The "Policy brief" has the structure a superior expects — summary, diagnosis with its key
 * findings, strategy comparison with its conclusion, recommendation, data annex — in Simplified Chinese or English.
 * Its prose is drafted from the computed results ({@link DraftedTextCell}); the author may replace any part.
 */
public final class NotebookTemplates {

    /** The five preset strategies (docs/model.md#strategies), compared over ten years by default (*assumption*). */
    public static final List<String> PRESET_STRATEGIES = List.of("S0", "S1", "S2", "S3", "S4");
    /** The horizon of a new strategy comparison cell, in years (*assumption*, as above). */
    public static final int DEFAULT_HORIZON = org.gvclab.core.strategy.Scenario.DEFAULT_HORIZON;

    private NotebookTemplates() {
    }

    /** A policy brief for a cluster, in {@code language} ({@code zh-CN} or {@code en}). */
    public static NotebookDocument policyBrief(String language, NotebookParameters parameters) {
        boolean zh = language.startsWith("zh");
        String lang = zh ? "zh-CN" : "en";
        List<Cell> cells = List.of(
                new MarkdownCell(id(), heading(DraftSection.SUMMARY, zh)),
                DraftedTextCell.drafted(id(), DraftSection.SUMMARY, lang),
                new MarkdownCell(id(), zh ? "# 诊断\n" : "# Diagnosis\n"),
                new MarkdownCell(id(), "## " + DraftSection.FINDINGS.label().in(locale(zh)) + "\n"),
                DraftedTextCell.drafted(id(), DraftSection.FINDINGS, lang),
                new DiagnosisSummaryCell(id(), true),
                new MarkdownCell(id(), zh ? "# 升级策略比较\n" : "# Strategy comparison\n"),
                DraftedTextCell.drafted(id(), DraftSection.STRATEGIES, lang),
                new StrategyComparisonCell(id(), PRESET_STRATEGIES, DEFAULT_HORIZON),
                new MarkdownCell(id(), heading(DraftSection.RECOMMENDATION, zh)),
                DraftedTextCell.drafted(id(), DraftSection.RECOMMENDATION, lang),
                // the indicator table is the data annex: a brief prints it in its appendix, when asked to
                new IndicatorTableCell(id(), List.of()));
        return new NotebookDocument(zh ? "政策简报" : "Policy brief", zh ? "zh-CN" : "en", parameters, cells);
    }

    private static String heading(DraftSection section, boolean zh) {
        return "# " + section.label().in(locale(zh)) + "\n";
    }

    private static java.util.Locale locale(boolean zh) {
        return zh ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
    }

    /** An empty notebook with one text cell. */
    public static NotebookDocument blank(String language, NotebookParameters parameters) {
        boolean zh = language.startsWith("zh");
        return new NotebookDocument(zh ? "新笔记本" : "New notebook", zh ? "zh-CN" : "en", parameters,
                List.of(new MarkdownCell(id(), zh ? "# 标题\n" : "# Title\n")));
    }

    /** A fresh cell id. */
    public static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
