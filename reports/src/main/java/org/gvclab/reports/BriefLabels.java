package org.gvclab.reports;

import org.gvclab.core.base.LocalizedText;

/** The fixed words of briefs and workbooks, in both languages (one source for the PDF and the workbook). */
public final class BriefLabels {

    public static final LocalizedText POLICY_BRIEF = new LocalizedText("政策简报", "Policy brief");
    public static final LocalizedText JURISDICTION = new LocalizedText("辖区", "Jurisdiction");
    public static final LocalizedText CLUSTER = new LocalizedText("产业集群", "Cluster");
    public static final LocalizedText DATE = new LocalizedText("日期", "Date");
    public static final LocalizedText YEARS = new LocalizedText("年份", "Years");
    public static final LocalizedText SCENARIO = new LocalizedText("情景", "Scenario");
    public static final LocalizedText IO_TABLE = new LocalizedText("投入产出表", "Input-output table");
    public static final LocalizedText CONTENTS = new LocalizedText("目录", "Contents");
    public static final LocalizedText PROVENANCE_ANNEX = new LocalizedText("附录：数据来源与计算方法",
            "Annex: provenance of every number");
    public static final LocalizedText PROVENANCE = new LocalizedText("数据来源", "Provenance");
    public static final LocalizedText QUANTITY = new LocalizedText("指标", "Quantity");
    public static final LocalizedText QUANTITY_ID = new LocalizedText("指标代码", "Quantity id");
    public static final LocalizedText FORMULA = new LocalizedText("公式", "Formula");
    public static final LocalizedText INPUTS = new LocalizedText("输入值", "Inputs");
    public static final LocalizedText SOURCE = new LocalizedText("来源", "Source");
    public static final LocalizedText DATA_YEAR = new LocalizedText("数据年份", "Data year");
    public static final LocalizedText RESULT = new LocalizedText("结果", "Result");
    public static final LocalizedText NOT_COMPUTED = new LocalizedText("此部分无法计算：", "This part could not be computed: ");
    public static final LocalizedText SEE_ANNEX = new LocalizedText("数据来源见附录。", "Provenance: see the annex.");
    public static final LocalizedText TEXT = new LocalizedText("文字", "Text");
    public static final LocalizedText CHART_DATA = new LocalizedText("图表数据", "Chart data");
    public static final LocalizedText CATEGORY = new LocalizedText("类别", "Category");
    public static final LocalizedText LABEL = new LocalizedText("标签", "Label");
    public static final LocalizedText SHEETS = new LocalizedText("工作表", "Sheets");
    public static final LocalizedText NO_PROVENANCE = new LocalizedText("本简报没有计算所得的数字。",
            "This brief holds no computed numbers.");

    private BriefLabels() {
    }
}
