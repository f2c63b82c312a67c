package org.gvclab.web.cluster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.web.notebook.Choice;
import org.gvclab.web.notebook.NotebookInputs;
import org.gvclab.web.notebook.ParameterChoices;
import org.springframework.stereotype.Component;

/** The clusters of a notebook's jurisdiction and the years of the chosen cluster, for the notebook's parameters. */
@Component
class ClusterNotebookChoices implements ParameterChoices {

    private final ClusterService clusters;
    private final ClusterDataService data;

    ClusterNotebookChoices(ClusterService clusters, ClusterDataService data) {
        this.clusters = clusters;
        this.data = data;
    }

    @Override
    public Set<NotebookParameter> parameters() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.YEARS);
    }

    @Override
    public List<Choice> choices(NotebookParameter parameter, NotebookInputs current, long jurisdictionId) {
        if (parameter == NotebookParameter.CLUSTER) {
            return clusters.visible().stream().filter(c -> c.jurisdictionId() == jurisdictionId)
                    .map(c -> new Choice(c.id(), c.name())).toList();
        }
        Long cluster = current.clusterId();
        return parameter != NotebookParameter.YEARS || cluster == null ? List.of()
                : data.years(cluster).stream().map(y -> new Choice(y.year(), LocalizedText.of(String.valueOf(y.year()))))
                .toList();
    }

    @Override
    public Optional<LocalizedText> label(NotebookParameter parameter, long id) {
        return parameter == NotebookParameter.CLUSTER ? Optional.of(clusters.get(id).name()) : Optional.empty();
    }
}
