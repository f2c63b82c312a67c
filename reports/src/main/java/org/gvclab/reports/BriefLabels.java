package org.gvclab.reports;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** The fixed words of briefs and workbooks, in both languages (one source for the PDF and the workbook). */
public final class BriefLabels {

    public static final LocalizedText POLICY_BRIEF = Msg.of("brief.label.policyBrief");
    public static final LocalizedText JURISDICTION = Msg.of("brief.label.jurisdiction");
    public static final LocalizedText CLUSTER = Msg.of("brief.label.cluster");
    public static final LocalizedText DATE = Msg.of("brief.label.date");
    public static final LocalizedText YEARS = Msg.of("brief.label.years");
    public static final LocalizedText SCENARIO = Msg.of("brief.label.scenario");
    public static final LocalizedText IO_TABLE = Msg.of("brief.label.ioTable");
    public static final LocalizedText CONTENTS = Msg.of("brief.label.contents");
    public static final LocalizedText PROVENANCE_ANNEX = Msg.of("brief.label.provenanceAnnex");
    public static final LocalizedText PROVENANCE = Msg.of("brief.label.provenance");
    public static final LocalizedText QUANTITY = Msg.of("brief.label.quantity");
    public static final LocalizedText QUANTITY_ID = Msg.of("brief.label.quantityId");
    public static final LocalizedText FORMULA = Msg.of("brief.label.formula");
    public static final LocalizedText INPUTS = Msg.of("brief.label.inputs");
    public static final LocalizedText SOURCE = Msg.of("brief.label.source");
    public static final LocalizedText DATA_YEAR = Msg.of("brief.label.dataYear");
    public static final LocalizedText RESULT = Msg.of("brief.label.result");
    public static final LocalizedText NOT_COMPUTED = Msg.of("brief.label.notComputed");
    public static final LocalizedText SEE_ANNEX = Msg.of("brief.label.seeAnnex");
    public static final LocalizedText TEXT = Msg.of("brief.label.text");
    public static final LocalizedText CHART_DATA = Msg.of("brief.label.chartData");
    public static final LocalizedText CATEGORY = Msg.of("brief.label.category");
    public static final LocalizedText LABEL = Msg.of("brief.label.label");
    public static final LocalizedText SHEETS = Msg.of("brief.label.sheets");
    public static final LocalizedText NO_PROVENANCE = Msg.of("brief.label.noProvenance");

    public static final LocalizedText APPENDIX = Msg.of("brief.label.appendix");

    private BriefLabels() {
    }
}
