package org.gvclab.web.iotable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.web.notebook.Choice;
import org.gvclab.web.notebook.NotebookInputs;
import org.gvclab.web.notebook.ParameterChoices;
import org.springframework.stereotype.Component;

/** The stored IO tables (shared by every jurisdiction), for a notebook's IO table parameter. */
@Component
class IoTableNotebookChoices implements ParameterChoices {

    private final IoTableService tables;

    IoTableNotebookChoices(IoTableService tables) {
        this.tables = tables;
    }

    @Override
    public Set<NotebookParameter> parameters() {
        return Set.of(NotebookParameter.IO_TABLE);
    }

    @Override
    public List<Choice> choices(NotebookParameter parameter, NotebookInputs current, long jurisdictionId) {
        return parameter != NotebookParameter.IO_TABLE ? List.of()
                : tables.list().stream().map(t -> new Choice(t.id(), LocalizedText.of(t.name()))).toList();
    }

    @Override
    public Optional<LocalizedText> label(NotebookParameter parameter, long id) {
        return parameter == NotebookParameter.IO_TABLE ? Optional.of(LocalizedText.of(tables.get(id).name()))
                : Optional.empty();
    }
}
