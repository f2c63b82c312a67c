package org.gvclab.core.cluster;

import static org.gvclab.core.cluster.FieldCatalogue.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gvclab.core.base.Num;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;

/**
 * Checks a yearly record: required fields, ranges, whole numbers, and the consistency rules between fields
 * (issue 4 §2). It returns ALL problems, never stops at the first.
 *
 * <p>Consistency rules (errors): domestic sales + exports ≤ sales; OEM + ODM + OBM sales ≤ sales; value added
 * ≤ gross output; destination shares add up to ≤ 100 %; processing exports ≤ exports; lead firms and certified
 * firms ≤ firms; R&amp;D personnel ≤ employees; CR4 sales, new-product sales, e-commerce sales, sales in a related new
 * chain ≤ sales; labour compensation ≤ value added; imported +
 * locally sourced intermediates ≤ intermediate inputs (gross output − value added). A sum may exceed its bound by
 * {@value #TOLERANCE} of the bound for rounding (*assumption*).
 *
 * <p>Plausibility rules (warnings, *assumption* thresholds): domestic sales + exports below 95 % of sales;
 * destination shares adding up to less than 99 %; sales outside 70–130 % of gross output; fewer employees than firms.
 */
public final class RecordValidator {

    /** Relative slack allowed on every "≤" consistency rule, for rounding in source statistics (*assumption*). */
    public static final double TOLERANCE = 0.001;

    private RecordValidator() {
    }

    /** Every problem of one record, errors and warnings, in catalogue order for range problems. */
    public static List<RecordProblem> validate(YearlyRecord r) {
        List<RecordProblem> out = new ArrayList<>();
        int y = r.year();
        for (Field f : FieldCatalogue.all()) {
            OptionalDouble v = r.value(f.id());
            if (v.isEmpty()) {
                if (f.required()) {
                    out.add(new RecordProblem(y, List.of(f.id()), "required", Severity.ERROR, Msg.of("cluster.check.required", f.label())));
                }
            } else if (!f.accepts(v.getAsDouble())) {
                out.add(rangeProblem(y, f, v.getAsDouble()));
            }
        }
        sumAtMost(out, r, List.of(DOMESTIC_SALES, EXPORTS), SALES, "domestic_plus_exports_le_sales");
        sumAtMost(out, r, List.of(OEM_SALES, ODM_SALES, OBM_SALES), SALES, "oem_odm_obm_le_sales");
        sumAtMost(out, r, List.of(VALUE_ADDED), GROSS_OUTPUT, "value_added_le_gross_output");
        sumAtMost(out, r, List.of(PROCESSING_EXPORTS), EXPORTS, "processing_le_exports");
        sumAtMost(out, r, List.of(LEAD_FIRMS), FIRMS, "lead_firms_le_firms");
        sumAtMost(out, r, List.of(CERTIFIED_FIRMS), FIRMS, "certified_firms_le_firms");
        sumAtMost(out, r, List.of(RD_PERSONNEL), EMPLOYEES, "rd_personnel_le_employees");
        sumAtMost(out, r, List.of(TOP4_SALES), SALES, "top4_le_sales");
        sumAtMost(out, r, List.of(NEW_PRODUCT_SALES), SALES, "new_product_le_sales");
        sumAtMost(out, r, List.of(ECOMMERCE_SALES), SALES, "ecommerce_le_sales");
        sumAtMost(out, r, List.of(FieldCatalogue.LABOUR_COMPENSATION), VALUE_ADDED, "labour_compensation_le_value_added");
        sumAtMost(out, r, List.of(FieldCatalogue.RELATED_CHAIN_SALES), SALES, "related_chain_le_sales");
        destinationShares(out, r);
        intermediates(out, r);
        plausibility(out, r);
        return List.copyOf(out);
    }

    /** Every problem of several records of one cluster, plus one error per duplicated year. */
    public static List<RecordProblem> validateAll(List<YearlyRecord> records) {
        List<RecordProblem> out = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (YearlyRecord r : records) {
            if (seen.merge(r.year(), 1, Integer::sum) == 2) {
                out.add(new RecordProblem(r.year(), List.of(), "duplicate_year", Severity.ERROR, Msg.of("cluster.check.duplicate_year", r.year())));
            }
            out.addAll(validate(r));
        }
        return List.copyOf(out);
    }

    /** Whether the list contains an error (warnings do not block saving). */
    public static boolean hasErrors(List<RecordProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    static RecordProblem rangeProblem(int year, Field f, double v) {
        if (f.integral() && v == Math.rint(v) || !f.integral()) {
            return new RecordProblem(year, List.of(f.id()), "range", Severity.ERROR, Msg.of("cluster.check.range", f.label(), num(v), f.rangeText()));
        }
        return new RecordProblem(year, List.of(f.id()), "whole_number", Severity.ERROR, Msg.of("cluster.check.whole_number", f.label(), num(v), f.rangeText()));
    }

    private static void sumAtMost(List<RecordProblem> out, YearlyRecord r, List<String> parts, String bound,
                                  String rule) {
        OptionalDouble b = r.value(bound);
        if (b.isEmpty()) {
            return;
        }
        double sum = 0;
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            OptionalDouble v = r.value(p);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                present.add(p);
            }
        }
        if (present.isEmpty() || sum <= b.getAsDouble() * (1 + TOLERANCE)) {
            return;
        }
        List<String> ids = new ArrayList<>(present);
        ids.add(bound);
        String zhParts = String.join(" + ", present.stream().map(id -> FieldCatalogue.get(id).label().zh()).toList());
        String enParts = String.join(" + ", present.stream().map(id -> FieldCatalogue.get(id).label().en()).toList());
        Field bf = FieldCatalogue.get(bound);
        out.add(new RecordProblem(r.year(), ids, rule, Severity.ERROR, Msg.of("cluster.check.sum_exceeds", new LocalizedText(zhParts, enParts), num(sum), bf.label(),
                num(b.getAsDouble()))));
    }

    private static void destinationShares(List<RecordProblem> out, YearlyRecord r) {
        double sum = 0;
        List<String> present = new ArrayList<>();
        for (String id : DESTINATION_SHARES) {
            OptionalDouble v = r.value(id);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                present.add(id);
            }
        }
        if (present.isEmpty()) {
            return;
        }
        if (sum > 100 * (1 + TOLERANCE)) {
            out.add(new RecordProblem(r.year(), present, "destination_shares_le_100", Severity.ERROR, Msg.of("cluster.check.destinations_over", Num.percent(sum))));
        } else if (sum < 99) {
            out.add(new RecordProblem(r.year(), present, "destination_shares_complete", Severity.WARNING,
                    Msg.of("cluster.check.destinations_under", Num.percent(sum))));
        }
    }

    private static void intermediates(List<RecordProblem> out, YearlyRecord r) {
        OptionalDouble go = r.value(GROSS_OUTPUT);
        OptionalDouble va = r.value(VALUE_ADDED);
        if (go.isEmpty() || va.isEmpty() || va.getAsDouble() > go.getAsDouble()) {
            return;
        }
        double inputs = go.getAsDouble() - va.getAsDouble();
        double sum = 0;
        List<String> present = new ArrayList<>();
        for (String id : List.of(IMPORTED_INTERMEDIATES, LOCAL_SOURCING)) {
            OptionalDouble v = r.value(id);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                present.add(id);
            }
        }
        if (!present.isEmpty() && sum > inputs + go.getAsDouble() * TOLERANCE) {
            List<String> ids = new ArrayList<>(present);
            ids.add(GROSS_OUTPUT);
            ids.add(VALUE_ADDED);
            out.add(new RecordProblem(r.year(), ids, "intermediates_le_inputs", Severity.ERROR, Msg.of("cluster.check.intermediates_over", Num.money(sum), Num.money(inputs))));
        }
    }

    private static void plausibility(List<RecordProblem> out, YearlyRecord r) {
        OptionalDouble sales = r.value(SALES);
        OptionalDouble dom = r.value(DOMESTIC_SALES);
        OptionalDouble exp = r.value(EXPORTS);
        if (sales.isPresent() && dom.isPresent() && exp.isPresent() && sales.getAsDouble() > 0) {
            double share = (dom.getAsDouble() + exp.getAsDouble()) / sales.getAsDouble();
            if (share < 0.95) {
                out.add(new RecordProblem(r.year(), List.of(DOMESTIC_SALES, EXPORTS, SALES), "domestic_plus_exports_near_sales",
                        Severity.WARNING, Msg.of("cluster.check.sales_split_under", Num.share(share))));
            }
        }
        OptionalDouble go = r.value(GROSS_OUTPUT);
        if (sales.isPresent() && go.isPresent() && go.getAsDouble() > 0) {
            double ratio = sales.getAsDouble() / go.getAsDouble();
            if (ratio < 0.7 || ratio > 1.3) {
                out.add(new RecordProblem(r.year(), List.of(SALES, GROSS_OUTPUT), "sales_near_output", Severity.WARNING,
                        Msg.of("cluster.check.sales_vs_output", Num.share(ratio))));
            }
        }
        OptionalDouble firms = r.value(FIRMS);
        OptionalDouble emp = r.value(EMPLOYEES);
        if (firms.isPresent() && emp.isPresent() && emp.getAsDouble() < firms.getAsDouble()) {
            out.add(new RecordProblem(r.year(), List.of(EMPLOYEES, FIRMS), "employees_ge_firms", Severity.WARNING,
                    Msg.of("cluster.check.employees_below_firms")));
        }
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
