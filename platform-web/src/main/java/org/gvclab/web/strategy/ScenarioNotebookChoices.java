package org.gvclab.web.strategy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.web.notebook.Choice;
import org.gvclab.web.notebook.NotebookInputs;
import org.gvclab.web.notebook.ParameterChoices;
import org.springframework.stereotype.Component;

/** The saved strategy scenarios of a notebook's cluster, for its scenario parameter. */
@Component
class ScenarioNotebookChoices implements ParameterChoices {

    private final StrategyService strategies;

    ScenarioNotebookChoices(StrategyService strategies) {
        this.strategies = strategies;
    }

    @Override
    public Set<NotebookParameter> parameters() {
        return Set.of(NotebookParameter.SCENARIO);
    }

    @Override
    public List<Choice> choices(NotebookParameter parameter, NotebookInputs current, long jurisdictionId) {
        Long cluster = current.clusterId();
        return parameter != NotebookParameter.SCENARIO || cluster == null ? List.of()
                : strategies.scenarios(cluster).stream().map(s -> new Choice(s.id(), LocalizedText.of(
                        s.scenario().name() + " (" + s.createdAt().toLocalDate() + ")"))).toList();
    }

    @Override
    public Optional<LocalizedText> label(NotebookParameter parameter, long id) {
        return parameter == NotebookParameter.SCENARIO
                ? Optional.of(LocalizedText.of(strategies.scenario(id).scenario().name())) : Optional.empty();
    }
}
