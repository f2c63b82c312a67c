package org.gvclab.core.strategy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;

/**
 * A strategy comparison as one JSON document (docs/model.md, "Command line"): what {@code gvclab-cli strategies}
 * prints and what the web service's result turns into. Outcomes are the P10 / P50 / P90 at the horizon; money is
 * real (base-year prices). The same inputs and seed give the same bytes.
 */
public final class ComparisonJson {

    /** The outcome keys of the document and the outcomes they show, in order. */
    static final Map<String, Outcome> KEYS = keys();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    private static Map<String, Outcome> keys() {
        Map<String, Outcome> m = new LinkedHashMap<>();
        m.put("value_added", Outcome.VALUE_ADDED);
        m.put("va_rate", Outcome.VALUE_ADDED_RATE);
        m.put("obm_share", Outcome.OBM_SHARE);
        m.put("lock_in", Outcome.LOCK_IN);
        m.put("employment", Outcome.JOBS);
        m.put("fiscal_cost", Outcome.FISCAL_COST);
        m.put("npv_net_benefit", Outcome.NPV_NET_BENEFIT);
        m.put("output", Outcome.OUTPUT);
        m.put("shock_loss", Outcome.SHOCK_LOSS);
        m.put("regional_output", Outcome.REGIONAL_OUTPUT);
        m.put("regional_value_added", Outcome.REGIONAL_VALUE_ADDED);
        m.put("regional_jobs", Outcome.REGIONAL_JOBS);
        return m;
    }

    /** The document, pretty-printed with a final newline. */
    public static String write(ComparisonResult r) {
        try {
            return MAPPER.writeValueAsString(toJson(r)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison as JSON", e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode toJson(ComparisonResult r) {
        ObjectNode o = F.objectNode();
        o.put("base_year", r.baseYear());
        o.put("horizon", r.scenario().horizon());
        o.put("seed", r.scenario().seed());
        o.put("draws", r.scenario().draws());
        o.put("currency", r.currency().code());
        o.put("discount_rate", r.npvRanking().discountRate());
        o.put("public_funds_cost", r.npvRanking().publicFundsCost());
        ArrayNode list = o.putArray("strategies");
        for (StrategyResult s : r.strategies()) {
            String id = s.strategy().id();
            NpvRanking.Entry npv = r.npvRanking().of(id);
            RankedStrategy topsis = r.ranking().strategies().stream().filter(x -> x.strategyId().equals(id))
                    .findFirst().orElseThrow();
            ObjectNode x = list.addObject();
            x.put("id", id);
            x.put("rank", npv.rank());
            x.put("npv_best_share", npv.bestShare());
            x.put("topsis_rank", topsis.rank());
            x.put("topsis_closeness", topsis.closeness());
            x.put("topsis_first_share", topsis.firstShare());
            ObjectNode outcomes = x.putObject("outcomes");
            for (Map.Entry<String, Outcome> k : KEYS.entrySet()) {
                Trajectory t = s.trajectories().get(k.getValue());
                if (t == null) {
                    continue;
                }
                int h = t.p50().length - 1;
                ObjectNode b = outcomes.putObject(k.getKey());
                b.put("p10", t.p10()[h]);
                b.put("p50", t.p50()[h]);
                b.put("p90", t.p90()[h]);
            }
        }
        RankingSensitivity sens = r.sensitivity();
        ObjectNode se = o.putObject("sensitivity");
        se.put("leader", sens.leader());
        se.put("runner_up", sens.runnerUp());
        se.put("npv_margin", sens.nominalMargin());
        se.put("trajectories", sens.trajectories());
        se.put("levels", sens.levels());
        se.set("summary", text(sens.summary()));
        ArrayNode effects = se.putArray("effects");
        for (RankingSensitivity.Effect e : sens.effects()) {
            ObjectNode x = effects.addObject();
            x.put("parameter", e.parameterId());
            x.put("mu_star", e.muStar());
            x.put("mu", e.mu());
            x.put("sigma", e.sigma());
            x.put("decisive", e.decisive());
        }
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(n -> notes.add(text(n)));
        return o;
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode o = F.objectNode();
        o.put("en", t.en());
        o.put("zh", t.zh());
        return o;
    }
}
