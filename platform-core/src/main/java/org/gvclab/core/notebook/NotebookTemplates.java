package org.gvclab.core.notebook;

import java.util.List;
import java.util.UUID;

/**
 * Ready-made notebooks. The "Policy brief" has the structure a superior expects — summary, diagnosis, strategy
 * comparison, recommendation, data annex — in Simplified Chinese or English. Its text cells hold only headings and
 * writing prompts for the consultant; every number comes from the computed cells.
 */
public final class NotebookTemplates {

    /** The five preset strategies (docs/model.md#strategies), compared over ten years by default (*assumption*). */
    static final List<String> PRESET_STRATEGIES = List.of("S0", "S1", "S2", "S3", "S4");
    /** The horizon of a new strategy comparison cell, in years (*assumption*, as above). */
    public static final int DEFAULT_HORIZON = 10;

    private NotebookTemplates() {
    }

    /** A policy brief for a cluster, in {@code language} ({@code zh-CN} or {@code en}). */
    public static NotebookDocument policyBrief(String language, NotebookParameters parameters) {
        boolean zh = language.startsWith("zh");
        List<Cell> cells = List.of(
                new MarkdownCell(id(), zh ? """
                        # 摘要

                        *请用两三句话概括：集群在全球价值链中的位置、主要的低端锁定风险，以及建议的升级路径。下文各部分的数字均由平台根据录入的数据计算。*
                        """ : """
                        # Summary

                        *In two or three sentences: where the cluster stands in the global value chain, what holds it at the low end, and which way out is recommended. Every number below is computed by the platform from the data entered.*
                        """),
                new MarkdownCell(id(), zh ? "# 诊断\n" : "# Diagnosis\n"),
                new DiagnosisSummaryCell(id(), true),
                new MarkdownCell(id(), zh ? "# 升级策略比较\n" : "# Strategy comparison\n"),
                new StrategyComparisonCell(id(), PRESET_STRATEGIES, DEFAULT_HORIZON),
                new MarkdownCell(id(), zh ? """
                        # 政策建议

                        *请根据诊断结果和策略排名写出建议：优先支持哪一策略、需要多少资金、由哪个部门牵头、如何衡量进展。*
                        """ : """
                        # Recommendation

                        *From the diagnosis and the strategy ranking: which strategy to fund first, with what budget, led by whom, and how progress will be measured.*
                        """),
                new MarkdownCell(id(), zh ? "# 数据附录\n" : "# Data annex\n"),
                new IndicatorTableCell(id(), List.of()));
        return new NotebookDocument(zh ? "政策简报" : "Policy brief", zh ? "zh-CN" : "en", parameters, cells);
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
