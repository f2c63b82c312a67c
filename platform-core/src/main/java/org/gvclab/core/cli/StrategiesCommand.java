package org.gvclab.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.strategy.BaselineDataException;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonJson;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.core.strategy.StrategyComparison;

/**
 * {@code strategies}: the comparison of preset strategies for a cluster's records as JSON on standard output (the
 * document of {@link ComparisonJson}); the same seed gives the same bytes.
 */
final class StrategiesCommand {

    private StrategiesCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        Path recordsFile = Path.of(o.require("records"));
        List<YearlyRecord> records = ModelInputs.records(recordsFile);
        ModelInputs.Answers answers = ModelInputs.answers(o.get("answers").map(Path::of).orElse(null));
        List<String> ids = new ArrayList<>();
        for (String s : o.get("strategies").orElse(String.join(",", Strategies.PRESET_IDS)).split(",")) {
            String id = s.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!Strategies.isPreset(id)) {
                throw new InputException("--strategies: unknown strategy '" + id + "'; the presets are " + Strategies.PRESET_IDS);
            }
            ids.add(id);
        }
        int horizon = o.intValue("horizon", Scenario.DEFAULT_HORIZON);
        int draws = o.intValue("draws", Scenario.DEFAULT_DRAWS);
        long seed = o.get("seed").map(Long::parseLong).orElse(1L);
        if (horizon < 1 || horizon > Scenario.MAX_HORIZON) {
            throw new InputException("--horizon: must be 1–" + Scenario.MAX_HORIZON + " years, got " + horizon);
        }
        if (draws < 1 || draws > Scenario.MAX_DRAWS) {
            throw new InputException("--draws: must be 1–" + Scenario.MAX_DRAWS + ", got " + draws);
        }
        ClusterBaseline baseline;
        try {
            baseline = ClusterBaseline.of(answers.inputs(records, null));
        } catch (BaselineDataException e) {
            throw new InputException(recordsFile + ", row " + ModelInputs.lineOf(recordsFile, e.year()) + ", column "
                    + e.fieldId() + ": " + e.getMessage());
        }
        Scenario scenario = Scenario.defaults("gvclab-cli").withStrategies(ids, List.of()).withHorizon(horizon)
                .withDraws(seed, draws);
        ComparisonResult result = StrategyComparison.run(baseline, scenario, null, x -> { }, () -> false,
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        out.print(ComparisonJson.write(result));
        out.flush();
        return 0;
    }
}
