package org.gvclab.core.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.CsvRecords;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.ImportPreview;
import org.gvclab.core.cluster.ImportProblem;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.IoEvidence;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of the {@code diagnose} and {@code strategies} commands: the cluster's records (the CSV the cluster page
 * exports) and the questionnaire answers (one flat JSON object, keys documented in the README), turned into the
 * same {@link DiagnosisInputs} the web services build, with the shipped reference values. Every problem is an
 * {@link InputException} naming the file, row and column or key.
 */
final class ModelInputs {

    /** Keys of the answers file. */
    static final Set<String> KEYS = Set.of("gov_complexity", "gov_codifiability", "gov_capability", "components",
            "sequential", "stages", "parallel", "transforms", "currency", "weight_technology_gap",
            "weight_rules_and_standards", "weight_national_strategy", "weight_international_politics",
            "weight_industrial_innovation");

    private ModelInputs() {
    }

    /** The records of a CSV file; every error located by file, row and column. */
    static List<YearlyRecord> records(Path file) {
        ImportPreview p;
        try (InputStream in = Files.newInputStream(file)) {
            p = CsvRecords.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (!p.errors().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (ImportProblem e : p.errors()) {
                b.append(b.length() == 0 ? "" : "\n").append(e.location()).append(": ").append(e.message().en());
            }
            throw new InputException(b.toString());
        }
        if (p.records().isEmpty()) {
            throw new InputException(file + ": no yearly record (a header row `year,<field ids>` and one row per year)");
        }
        return p.records();
    }

    /** The CSV line (1-based) of each year's row, for messages about a year. */
    static int lineOf(Path file, int year) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String first = lines.get(i).split(",", 2)[0].trim().replace("\uFEFF", "");
                if (first.equals(Integer.toString(year))) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The answers of a JSON file, or empty answers when there is no file. */
    static Answers answers(@Nullable Path file) {
        if (file == null) {
            return new Answers(null, null, CurrencyUnit.CNY_10K, Map.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InputException(file + (l == null ? "" : ", row " + l.getLineNr() + ", column " + l.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": expected one JSON object of answers, e.g. {\"gov_complexity\": 4, ...}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new InputException(file + ", key " + k + ": unknown answer; known keys: "
                        + KEYS.stream().sorted().toList());
            }
        }
        GovernanceQuestionnaire g = null;
        Integer c = rating(file, root, "gov_complexity");
        Integer d = rating(file, root, "gov_codifiability");
        Integer s = rating(file, root, "gov_capability");
        if (c != null || d != null || s != null) {
            if (c == null || d == null || s == null) {
                throw new InputException(file + ", keys gov_complexity, gov_codifiability, gov_capability: "
                        + "give all three governance ratings or none");
            }
            g = GovernanceQuestionnaire.fromScale(c, d, s);
        }
        Integer components = count(file, root, "components");
        Integer stages = count(file, root, "stages");
        ArchitectureQuestionnaire a = new ArchitectureQuestionnaire(components, bool(file, root, "sequential"), stages,
                bool(file, root, "parallel"), bool(file, root, "transforms"));
        CurrencyUnit cu = CurrencyUnit.CNY_10K;
        if (root.has("currency")) {
            String code = root.get("currency").asText();
            cu = CurrencyUnit.of(code).orElseThrow(() -> new InputException(file + ", key currency: unknown currency unit '"
                    + code + "'; known: " + CurrencyUnit.standard().stream().map(CurrencyUnit::code).toList()));
        }
        Map<Group, Double> weights = new EnumMap<>(Group.class);
        for (Group f : Group.factors()) {
            String key = "weight_" + f.name().toLowerCase(Locale.ROOT);
            if (root.has(key)) {
                JsonNode v = root.get(key);
                if (!v.isNumber() || !(v.asDouble() >= 0) || !Double.isFinite(v.asDouble())) {
                    throw new InputException(file + ", key " + key + ": a factor weight must be a number ≥ 0, got " + v);
                }
                weights.put(f, v.asDouble());
            }
        }
        if (!weights.isEmpty() && weights.size() < Group.factors().size()) {
            List<String> missing = new ArrayList<>();
            Group.factors().stream().filter(f -> !weights.containsKey(f))
                    .forEach(f -> missing.add("weight_" + f.name().toLowerCase(Locale.ROOT)));
            throw new InputException(file + ", keys " + missing + ": give all five factor weights or none");
        }
        boolean anyArchitecture = components != null || stages != null || root.has("sequential") || root.has("parallel")
                || root.has("transforms");
        return new Answers(g, anyArchitecture ? a : null, cu, weights);
    }

    /** The answers read. */
    record Answers(@Nullable GovernanceQuestionnaire governance, @Nullable ArchitectureQuestionnaire architecture,
                   CurrencyUnit currency, Map<Group, Double> factorWeights) {

        /** The diagnosis inputs for these records, with the shipped reference values. */
        DiagnosisInputs inputs(List<YearlyRecord> records, @Nullable IoEvidence io) {
            return new DiagnosisInputs(records, currency, governance, architecture, io, BenchmarkSet.defaults(),
                    factorWeights);
        }
    }

    private static @Nullable Integer rating(Path file, JsonNode root, String key) {
        Integer v = count(file, root, key);
        if (v != null && (v < 1 || v > 5)) {
            throw new InputException(file + ", key " + key + ": a rating must be 1–5, got " + v);
        }
        return v;
    }

    private static @Nullable Integer count(Path file, JsonNode root, String key) {
        if (!root.has(key) || root.get(key).isNull()) {
            return null;
        }
        JsonNode v = root.get(key);
        if (!v.isIntegralNumber() || v.asInt() < 0) {
            throw new InputException(file + ", key " + key + ": expected a whole number ≥ 0, got " + v);
        }
        return v.asInt();
    }

    private static @Nullable Boolean bool(Path file, JsonNode root, String key) {
        if (!root.has(key) || root.get(key).isNull()) {
            return null;
        }
        JsonNode v = root.get(key);
        if (!v.isBoolean()) {
            throw new InputException(file + ", key " + key + ": expected true or false, got " + v);
        }
        return v.asBoolean();
    }
}
