package org.gvclab.web.notebook;

import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.NotebookParameters;
import org.jspecify.annotations.Nullable;

/** What the cell evaluators share: reading the cluster and year parameters, with messages in both languages. */
final class CellInputs {

    private CellInputs() {
    }

    static long clusterId(NotebookParameters parameters) {
        String id = parameters.clusterId();
        if (id == null || id.isBlank()) {
            throw new CellEvaluationException("请在参数栏中选择一个集群 / Choose a cluster in the parameter bar");
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new CellEvaluationException("无效的集群参数 / Not a cluster id: " + id);
        }
    }

    /** The records of the chosen years (all years when none is chosen), oldest first; never empty. */
    static List<YearlyRecord> chosen(List<YearlyRecord> all, NotebookParameters parameters) {
        List<YearlyRecord> chosen = parameters.years().isEmpty() ? all
                : all.stream().filter(r -> parameters.years().contains(r.year())).toList();
        if (chosen.isEmpty()) {
            throw new CellEvaluationException("所选年份没有数据 / The cluster has no data for the chosen years");
        }
        return chosen;
    }

    /** The records up to and including the last chosen year, for a diagnosis "as of" that year. */
    static List<YearlyRecord> upToLastChosen(List<YearlyRecord> all, NotebookParameters parameters) {
        int last = chosen(all, parameters).get(chosen(all, parameters).size() - 1).year();
        return all.stream().filter(r -> r.year() <= last).toList();
    }

    static @Nullable YearlyRecord previous(List<YearlyRecord> all, YearlyRecord record) {
        return all.stream().filter(r -> r.year() == record.year() - 1).findFirst().orElse(null);
    }
}
