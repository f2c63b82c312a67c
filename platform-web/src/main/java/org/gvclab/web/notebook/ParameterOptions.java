package org.gvclab.web.notebook;

import java.util.List;
import org.gvclab.core.notebook.NotebookParameter;
import org.springframework.stereotype.Service;

/** The values every notebook parameter may take, from the features that offer them ({@link ParameterChoices}). */
@Service
public class ParameterOptions {

    private final List<ParameterChoices> providers;

    ParameterOptions(List<ParameterChoices> providers) {
        this.providers = List.copyOf(providers);
    }

    /**
     * The values of {@code parameter} for a notebook of {@code jurisdictionId}, given what else is chosen; empty
     * when no installed feature offers it.
     */
    public List<Choice> choices(NotebookParameter parameter, NotebookInputs current, long jurisdictionId) {
        return providers.stream().filter(p -> p.parameters().contains(parameter)).findFirst()
                .map(p -> p.choices(parameter, current, jurisdictionId)).orElse(List.of());
    }
}
