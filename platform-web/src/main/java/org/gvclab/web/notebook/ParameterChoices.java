package org.gvclab.web.notebook;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.NotebookParameter;

/**
 * The values a feature offers for notebook parameters (the cluster feature offers clusters and years, the strategy
 * feature saved scenarios, the IO feature tables), in the caller's jurisdictions. The notebook's parameter bar and
 * brief know no feature, only the choices they are given.
 */
public interface ParameterChoices {

    /** The parameters this feature offers values for. */
    Set<NotebookParameter> parameters();

    /**
     * The values of {@code parameter} for a notebook of {@code jurisdictionId}, given what else is chosen (the years
     * and scenarios of the chosen cluster).
     */
    List<Choice> choices(NotebookParameter parameter, NotebookInputs current, long jurisdictionId);

    /** What a chosen value is called (the cluster's name on the brief's cover), if it is visible to the caller. */
    Optional<LocalizedText> label(NotebookParameter parameter, long id);
}
