package org.gvclab.core.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.jspecify.annotations.Nullable;

/**
 * Turns a workshop's results into notebook results (the workshop-results cell): per activity a table and a bar
 * chart, each with the provenance of its numbers (formula, method source, number of participants).
 */
public final class WorkshopNotebook {

    private static final LocalizedText NONE = LocalizedText.of("");
    private static final LocalizedText PARTICIPANTS = new LocalizedText("提交人数", "Participants who submitted");
    private static final LocalizedText SCORE_UNIT = new LocalizedText("分（1–7）", "score 1–7");

    private WorkshopNotebook() {
    }

    /** A table and a chart for every activity, in agenda order. */
    public static List<CellResult> results(WorkshopResults results) {
        List<CellResult> out = new ArrayList<>();
        for (ActivityResult a : results.activities()) {
            if (a instanceof ActivityResult.Scoring s) {
                scoring(s, out);
            } else if (a instanceof ActivityResult.Weighting w) {
                weighting(w, out);
            } else if (a instanceof ActivityResult.Ranking r) {
                ranked(r.items(), r.submissions(), r.ranking(), true, r.position(), out);
            } else if (a instanceof ActivityResult.Vote v) {
                ranked(v.items(), v.submissions(), v.ranking(), false, v.position(), out);
            }
        }
        return List.copyOf(out);
    }

    private static void scoring(ActivityResult.Scoring s, List<CellResult> out) {
        LocalizedText title = numbered(s.position(), new LocalizedText("五因素评分", "Five-factor scoring"),
                s.submissions());
        List<TableColumn> columns = new ArrayList<>(List.of(
                TableColumn.of(new LocalizedText("因素", "Factor")),
                TableColumn.of(new LocalizedText("人数", "n")),
                new TableColumn(new LocalizedText("均值", "Mean"), SCORE_UNIT),
                new TableColumn(new LocalizedText("中位数", "Median"), SCORE_UNIT),
                TableColumn.of(new LocalizedText("标准差", "Std. dev."))));
        for (int score = FactorScores.MIN; score <= FactorScores.MAX; score++) {
            columns.add(TableColumn.of(new LocalizedText("评 " + score + " 分人数", "Scored " + score)));
        }
        List<List<TableCell>> rows = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            ScoreDistribution d = s.distributions().get(i);
            List<TableCell> row = new ArrayList<>(List.of(TableCell.text(s.items().get(i).name()),
                    TableCell.number(d.n(), NumberStyle.INTEGER), number(d.mean(), 2), number(d.median(), 1),
                    number(d.sd(), 2)));
            d.counts().forEach(c -> row.add(TableCell.number(c, NumberStyle.INTEGER)));
            rows.add(row);
            means.add(d.mean() == null ? 0.0 : d.mean());
        }
        Provenance provenance = new Provenance(List.of(new ProvenanceEntry("workshop_factor_scores",
                new LocalizedText("因素评分分布", "Factor score distribution"),
                "mean = Σx / n; sd = sqrt(Σ(x − mean)² / (n − 1)); counts of each score 1–7",
                List.of(new ProvenanceInput(PARTICIPANTS, s.submissions(), NONE)),
                new LocalizedText("研讨会参与者评分（1–7 量表）", "Workshop participants' scores (1–7 scale)"), null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (s.submissions() > 0) {
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(),
                    Axis.bounded(new LocalizedText("平均分", "Mean score"), SCORE_UNIT, 0, 7), names(s.items()),
                    List.of(CategorySeries.of(new LocalizedText("均值", "Mean"), means))), provenance));
        }
    }

    private static void weighting(ActivityResult.Weighting w, List<CellResult> out) {
        GroupWeights g = w.group();
        LocalizedText base = new LocalizedText("群体 AHP 权重：" + w.criteriaSet().label().zh(),
                "Group AHP weights: " + w.criteriaSet().label().en());
        LocalizedText title = g == null ? numbered(w.position(), base, 0) : new LocalizedText(
                w.position() + ". " + base.zh() + "（" + g.members() + " 人，CR = " + fixed(g.cr(), 3) + "）",
                w.position() + ". " + base.en() + " (" + g.members() + " participants, CR = " + fixed(g.cr(), 3) + ")");
        List<TableColumn> columns = List.of(TableColumn.of(new LocalizedText("准则", "Criterion")),
                new TableColumn(new LocalizedText("权重", "Weight"), LocalizedText.of("%")));
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < w.items().size(); i++) {
            rows.add(List.of(TableCell.text(w.items().get(i).name()),
                    g == null ? TableCell.empty() : TableCell.number(g.weights().get(i), NumberStyle.percent(1))));
        }
        List<ProvenanceInput> inputs = new ArrayList<>(List.of(new ProvenanceInput(PARTICIPANTS, w.submissions(), NONE)));
        if (g != null) {
            inputs.add(new ProvenanceInput(LocalizedText.of("λmax"), g.lambdaMax(), NONE));
            inputs.add(new ProvenanceInput(new LocalizedText("一致性比率 CR", "Consistency ratio CR"), g.cr(), NONE));
            inputs.add(new ProvenanceInput(new LocalizedText("自身 CR ≥ 0.10 的参与者", "Participants with own CR ≥ 0.10"),
                    g.inconsistentMembers(), NONE));
        }
        Provenance provenance = new Provenance(List.of(new ProvenanceEntry("workshop_group_ahp",
                new LocalizedText("群体 AHP 权重", "Group AHP weights"),
                "g_ij = (Π_k a_ij^(k))^(1/m); w = principal eigenvector of G; CI = (λmax − n)/(n − 1); CR = CI / RI",
                inputs, new LocalizedText("Saaty (1980)；Aczél & Saaty (1983)", "Saaty (1980); Aczél & Saaty (1983)"),
                null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (g != null) {
            // percent on the chart as in the table (one number rule), so the two read the same
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(),
                    Axis.of(new LocalizedText("权重", "Weight"), LocalizedText.of("%")), names(w.items()),
                    List.of(CategorySeries.of(new LocalizedText("群体权重", "Group weight"),
                            g.weights().stream().map(x -> 100 * x).toList()))),
                    provenance));
        }
    }

    private static void ranked(List<Criterion> items, int submissions, List<RankedItem> ranking, boolean borda,
                               int position, List<CellResult> out) {
        LocalizedText title = numbered(position, borda ? new LocalizedText("战略排序（Borda 计分）",
                "Strategy ranking (Borda count)") : new LocalizedText("战略投票（赞成票）", "Strategy vote (approvals)"),
                submissions);
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(new LocalizedText("名次", "Rank")),
                TableColumn.of(new LocalizedText("战略", "Strategy")),
                TableColumn.of(borda ? new LocalizedText("Borda 分", "Borda points")
                        : new LocalizedText("赞成票", "Approvals"))));
        if (borda) {
            columns.add(TableColumn.of(new LocalizedText("平均名次", "Mean rank")));
        }
        List<List<TableCell>> rows = new ArrayList<>();
        List<LocalizedText> categories = new ArrayList<>();
        List<Double> points = new ArrayList<>();
        for (RankedItem r : ranking) {
            LocalizedText name = nameOf(items, r.itemId());
            List<TableCell> row = new ArrayList<>(List.of(TableCell.number(r.rank(), NumberStyle.INTEGER),
                    TableCell.text(name), TableCell.number(r.points(), NumberStyle.INTEGER)));
            if (borda) {
                row.add(TableCell.number(r.meanRank(), NumberStyle.decimals(2)));
            }
            rows.add(row);
            categories.add(name);
            points.add((double) r.points());
        }
        Provenance provenance = new Provenance(List.of(borda
                ? new ProvenanceEntry("workshop_borda", new LocalizedText("Borda 计分", "Borda count"),
                "points = Σ_k (n − p_k), p_k = 1-based position in ranking k; mean rank = Σ_k p_k / m",
                List.of(new ProvenanceInput(PARTICIPANTS, submissions, NONE)),
                LocalizedText.of("de Borda (1781)"), null)
                : new ProvenanceEntry("workshop_approvals", new LocalizedText("赞成投票", "Approval voting"),
                "approvals = number of participants approving the strategy",
                List.of(new ProvenanceInput(PARTICIPANTS, submissions, NONE)),
                LocalizedText.of("Brams & Fishburn (1978)"), null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (!ranking.isEmpty()) {
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(), Axis.of(borda
                            ? new LocalizedText("Borda 分", "Borda points") : new LocalizedText("赞成票", "Approvals"), NONE),
                    categories, List.of(CategorySeries.of(borda ? new LocalizedText("Borda 分", "Borda points")
                            : new LocalizedText("赞成票", "Approvals"), points))), provenance));
        }
    }

    private static List<LocalizedText> names(List<Criterion> items) {
        return items.stream().map(Criterion::name).toList();
    }

    private static LocalizedText nameOf(List<Criterion> items, String id) {
        return items.stream().filter(c -> c.id().equals(id)).map(Criterion::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("result names strategy " + id
                        + ", which is not among the activity's items"));
    }

    private static LocalizedText numbered(int position, LocalizedText what, int submissions) {
        return new LocalizedText(position + ". " + what.zh() + "（" + submissions + " 人）",
                position + ". " + what.en() + " (" + submissions + " participants)");
    }

    private static TableCell number(@Nullable Double value, int decimals) {
        return value == null ? TableCell.empty() : TableCell.number(value, NumberStyle.decimals(decimals));
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
