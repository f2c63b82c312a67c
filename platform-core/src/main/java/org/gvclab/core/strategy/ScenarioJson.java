package org.gvclab.core.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;

/**
 * The JSON form of a {@link Scenario}, for storing it with the cluster. Doubles are written in their shortest exact
 * form and read back bit for bit, so a stored scenario reproduces its result exactly. The document carries a
 * {@code version} (now {@value #VERSION}); a document from a newer version is refused rather than half-read.
 *
 * <pre>{@code
 * {"version":1,"name":"…","strategies":["S0","S4","C1"],
 *  "custom":[{"id":"C1","name":{"zh":"…","en":"…"},"description":{"zh":"…","en":"…"},
 *             "levers":[{"kind":"RD_SUBSIDY","budget":500.0,"unit":"MONEY","target":"LEAD_FIRMS","start":1,"duration":5}]}],
 *  "horizon":15,"overrides":{"rd_depreciation":12.0,"rd_depreciation:high":18.0},
 *  "shock":{"applied":true,"size":30.0,"year":1},
 *  "criteria":["value_added","lock_in"],"weighting":{"kind":"AHP","weights":{"value_added":0.75,"lock_in":0.25},"source":"…"},
 *  "basis":"CHANGE_FROM_STATUS_QUO","seed":20240501,"draws":1000}
 * }</pre>
 */
public final class ScenarioJson {

    /** The format version written. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioJson() {
    }

    /** The scenario as a JSON document. */
    public static String write(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("name", s.name());
        ArrayNode ids = root.putArray("strategies");
        s.strategyIds().forEach(ids::add);
        ArrayNode custom = root.putArray("custom");
        for (Strategy st : s.customStrategies()) {
            ObjectNode o = custom.addObject();
            o.put("id", st.id());
            text(o.putObject("name"), st.name());
            text(o.putObject("description"), st.description());
            ArrayNode levers = o.putArray("levers");
            for (Lever l : st.levers()) {
                ObjectNode lo = levers.addObject();
                lo.put("kind", l.kind().name());
                lo.put("budget", l.budget());
                lo.put("unit", l.unit().name());
                lo.put("target", l.target().name());
                lo.put("start", l.startYear());
                lo.put("duration", l.durationYears());
            }
        }
        root.put("horizon", s.horizon());
        ObjectNode overrides = root.putObject("overrides");
        s.overrides().forEach(overrides::put);
        ObjectNode shock = root.putObject("shock");
        shock.put("applied", s.shock().applied());
        shock.put("size", s.shock().sizePercent());
        shock.put("year", s.shock().year());
        ArrayNode criteria = root.putArray("criteria");
        s.criteria().forEach(c -> criteria.add(c.id()));
        ObjectNode w = root.putObject("weighting");
        w.put("kind", s.weighting().kind().name());
        ObjectNode weights = w.putObject("weights");
        s.weighting().weights().forEach((k, v) -> weights.put(k.id(), v));
        w.put("source", s.weighting().source());
        root.put("basis", s.basis().name());
        root.put("seed", s.seed());
        root.put("draws", s.draws());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario " + s.name() + " as JSON", e);
        }
    }

    /**
     * Reads a scenario.
     *
     * @throws ScenarioFormatException naming the JSON path of the first problem (not JSON, a missing or mistyped
     *                                 field, an unknown enum name, a newer version, or a value the scenario refuses)
     */
    public static Scenario read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException("$", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException("$", "expected a JSON object");
        }
        int version = integer(root, "version", "$");
        if (version < 1 || version > VERSION) {
            throw new ScenarioFormatException("$.version", "format version " + version + " is not supported (this build reads 1–" + VERSION + ")");
        }
        String name = string(root, "name", "$");
        List<String> ids = new ArrayList<>();
        for (JsonNode n : array(root, "strategies", "$")) {
            if (!n.isTextual()) {
                throw new ScenarioFormatException("$.strategies", "expected strategy ids as strings");
            }
            ids.add(n.asText());
        }
        List<Strategy> custom = new ArrayList<>();
        int i = 0;
        for (JsonNode n : array(root, "custom", "$")) {
            String at = "$.custom[" + i++ + "]";
            List<Lever> levers = new ArrayList<>();
            int j = 0;
            for (JsonNode l : array(n, "levers", at)) {
                String lat = at + ".levers[" + j++ + "]";
                try {
                    levers.add(new Lever(constant(LeverKind.class, string(l, "kind", lat), lat + ".kind"), number(l, "budget", lat),
                            constant(BudgetUnit.class, string(l, "unit", lat), lat + ".unit"),
                            constant(Target.class, string(l, "target", lat), lat + ".target"), integer(l, "start", lat),
                            integer(l, "duration", lat)));
                } catch (ScenarioFormatException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(lat, e.getMessage());
                }
            }
            try {
                custom.add(new Strategy(string(n, "id", at), text(n, "name", at), text(n, "description", at), levers));
            } catch (ScenarioFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new ScenarioFormatException(at, e.getMessage());
            }
        }
        Map<String, Double> overrides = new LinkedHashMap<>();
        JsonNode ov = object(root, "overrides", "$");
        for (Map.Entry<String, JsonNode> e : ov.properties()) {
            if (!e.getValue().isNumber()) {
                throw new ScenarioFormatException("$.overrides." + e.getKey(), "expected a number");
            }
            overrides.put(e.getKey(), e.getValue().doubleValue());
        }
        JsonNode sh = object(root, "shock", "$");
        Shock shock;
        try {
            shock = new Shock(bool(sh, "applied", "$.shock"), number(sh, "size", "$.shock"), integer(sh, "year", "$.shock"));
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException("$.shock", e.getMessage());
        }
        List<Outcome> criteria = new ArrayList<>();
        int k = 0;
        for (JsonNode n : array(root, "criteria", "$")) {
            String at = "$.criteria[" + k++ + "]";
            criteria.add(outcome(n.asText(), at));
        }
        JsonNode w = object(root, "weighting", "$");
        Weighting.Kind kind = constant(Weighting.Kind.class, string(w, "kind", "$.weighting"), "$.weighting.kind");
        Map<Outcome, Double> weights = new EnumMap<>(Outcome.class);
        for (Map.Entry<String, JsonNode> e : object(w, "weights", "$.weighting").properties()) {
            String at = "$.weighting.weights." + e.getKey();
            if (!e.getValue().isNumber()) {
                throw new ScenarioFormatException(at, "expected a number");
            }
            weights.put(outcome(e.getKey(), at), e.getValue().doubleValue());
        }
        RankingBasis basis = constant(RankingBasis.class, string(root, "basis", "$"), "$.basis");
        JsonNode seed = root.get("seed");
        if (seed == null || !seed.canConvertToLong() || !seed.isIntegralNumber()) {
            throw new ScenarioFormatException("$.seed", "expected a whole number");
        }
        try {
            return new Scenario(name, ids, custom, integer(root, "horizon", "$"), overrides, shock, criteria,
                    new Weighting(kind, weights, string(w, "source", "$.weighting")), basis, seed.longValue(),
                    integer(root, "draws", "$"));
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException("$", e.getMessage());
        }
    }

    private static void text(ObjectNode o, LocalizedText t) {
        o.put("zh", t.zh());
        o.put("en", t.en());
    }

    private static LocalizedText text(JsonNode n, String field, String at) {
        JsonNode t = object(n, field, at);
        return new LocalizedText(string(t, "zh", at + "." + field), string(t, "en", at + "." + field));
    }

    private static JsonNode field(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new ScenarioFormatException(at + "." + field, "missing");
        }
        return v;
    }

    private static String string(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isTextual()) {
            throw new ScenarioFormatException(at + "." + field, "expected a string");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isNumber()) {
            throw new ScenarioFormatException(at + "." + field, "expected a number");
        }
        return v.doubleValue();
    }

    private static int integer(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ScenarioFormatException(at + "." + field, "expected a whole number");
        }
        return v.intValue();
    }

    private static boolean bool(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isBoolean()) {
            throw new ScenarioFormatException(at + "." + field, "expected true or false");
        }
        return v.booleanValue();
    }

    private static JsonNode array(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isArray()) {
            throw new ScenarioFormatException(at + "." + field, "expected an array");
        }
        return v;
    }

    private static JsonNode object(JsonNode n, String field, String at) {
        JsonNode v = field(n, field, at);
        if (!v.isObject()) {
            throw new ScenarioFormatException(at + "." + field, "expected an object");
        }
        return v;
    }

    private static Outcome outcome(String id, String at) {
        return Outcome.byId(id).orElseThrow(() -> new ScenarioFormatException(at, "unknown outcome '" + id + "'"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String at) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name());
            }
            throw new ScenarioFormatException(at, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + name
                    + "' (one of " + String.join(", ", allowed) + ")");
        }
    }
}
