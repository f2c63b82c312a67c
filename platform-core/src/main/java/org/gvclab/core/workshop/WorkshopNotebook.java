package org.gvclab.core.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
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
    private static final LocalizedText PARTICIPANTS = Msg.of("workshop.result.participants");
    private static final LocalizedText SCORE_UNIT = Msg.of("workshop.result.score_unit");

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
        LocalizedText title = numbered(s.position(), Msg.of("workshop.result.scoring"),
                s.submissions());
        List<TableColumn> columns = new ArrayList<>(List.of(
                TableColumn.of(Msg.of("workshop.result.factor")),
                TableColumn.of(Msg.of("workshop.result.n")),
                new TableColumn(Msg.of("workshop.result.mean"), SCORE_UNIT),
                new TableColumn(Msg.of("workshop.result.median"), SCORE_UNIT),
                TableColumn.of(Msg.of("workshop.result.sd"))));
        for (int score = FactorScores.MIN; score <= FactorScores.MAX; score++) {
            columns.add(TableColumn.of(Msg.of("workshop.result.scored", score)));
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
                Msg.of("workshop.result.score_distribution"),
                "mean = Σx / n; sd = sqrt(Σ(x − mean)² / (n − 1)); counts of each score 1–7",
                List.of(new ProvenanceInput(PARTICIPANTS, s.submissions(), NONE)),
                Msg.of("workshop.result.score_source"), null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (s.submissions() > 0) {
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(),
                    Axis.bounded(Msg.of("workshop.result.mean_score"), SCORE_UNIT, 0, 7), names(s.items()),
                    List.of(CategorySeries.of(Msg.of("workshop.result.mean"), means))), provenance));
        }
    }

    private static void weighting(ActivityResult.Weighting w, List<CellResult> out) {
        GroupWeights g = w.group();
        LocalizedText base = Msg.of("workshop.result.group_ahp_of", w.criteriaSet().label());
        LocalizedText title = g == null ? numbered(w.position(), base, 0) : Msg.of("workshop.result.group_ahp_title", w.position(), base, g.members(), fixed(g.cr(), 3));
        List<TableColumn> columns = List.of(TableColumn.of(Msg.of("workshop.result.criterion")),
                new TableColumn(Msg.of("workshop.result.weight"), LocalizedText.of("%")));
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < w.items().size(); i++) {
            rows.add(List.of(TableCell.text(w.items().get(i).name()),
                    g == null ? TableCell.empty() : TableCell.number(g.weights().get(i), NumberStyle.percent(1))));
        }
        List<ProvenanceInput> inputs = new ArrayList<>(List.of(new ProvenanceInput(PARTICIPANTS, w.submissions(), NONE)));
        if (g != null) {
            inputs.add(new ProvenanceInput(LocalizedText.of("λmax"), g.lambdaMax(), NONE));
            inputs.add(new ProvenanceInput(Msg.of("workshop.result.cr"), g.cr(), NONE));
            inputs.add(new ProvenanceInput(Msg.of("workshop.result.inconsistent"),
                    g.inconsistentMembers(), NONE));
        }
        Provenance provenance = new Provenance(List.of(new ProvenanceEntry("workshop_group_ahp",
                Msg.of("workshop.result.group_ahp"),
                "g_ij = (Π_k a_ij^(k))^(1/m); w = principal eigenvector of G; CI = (λmax − n)/(n − 1); CR = CI / RI",
                inputs, Msg.of("workshop.result.ahp_source"),
                null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (g != null) {
            // percent on the chart as in the table (one number rule), so the two read the same
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(),
                    Axis.of(Msg.of("workshop.result.weight"), LocalizedText.of("%")), names(w.items()),
                    List.of(CategorySeries.of(Msg.of("workshop.result.group_weight"),
                            g.weights().stream().map(x -> 100 * x).toList()))),
                    provenance));
        }
    }

    private static void ranked(List<Criterion> items, int submissions, List<RankedItem> ranking, boolean borda,
                               int position, List<CellResult> out) {
        LocalizedText title = numbered(position, borda ? Msg.of("workshop.result.ranking") : Msg.of("workshop.result.vote"),
                submissions);
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(Msg.of("workshop.result.rank")),
                TableColumn.of(Msg.of("workshop.result.strategy")),
                TableColumn.of(borda ? Msg.of("workshop.result.borda_points")
                        : Msg.of("workshop.result.approvals"))));
        if (borda) {
            columns.add(TableColumn.of(Msg.of("workshop.result.mean_rank")));
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
                ? new ProvenanceEntry("workshop_borda", Msg.of("workshop.result.borda"),
                "points = Σ_k (n − p_k), p_k = 1-based position in ranking k; mean rank = Σ_k p_k / m",
                List.of(new ProvenanceInput(PARTICIPANTS, submissions, NONE)),
                Msg.of("workshop.result.borda_source"), null)
                : new ProvenanceEntry("workshop_approvals", Msg.of("workshop.result.approval"),
                "approvals = number of participants approving the strategy",
                List.of(new ProvenanceInput(PARTICIPANTS, submissions, NONE)),
                Msg.of("workshop.result.approval_source"), null)));
        out.add(new TableResult(title, columns, rows, provenance));
        if (!ranking.isEmpty()) {
            out.add(new ChartResult(ChartSpec.bar(title, Axis.untitled(), Axis.of(borda
                            ? Msg.of("workshop.result.borda_points") : Msg.of("workshop.result.approvals"), NONE),
                    categories, List.of(CategorySeries.of(borda ? Msg.of("workshop.result.borda_points")
                            : Msg.of("workshop.result.approvals"), points))), provenance));
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
        return Msg.of("workshop.result.numbered", position, what, submissions);
    }

    private static TableCell number(@Nullable Double value, int decimals) {
        return value == null ? TableCell.empty() : TableCell.number(value, NumberStyle.decimals(decimals));
    }

    /** The consistency ratio with three decimals, as AHP practice reports it (the 0.10 threshold needs them). */
    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
