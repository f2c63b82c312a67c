package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.FailedResult;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.MarkdownRenderer;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.TextResult;
import org.junit.jupiter.api.Test;

/**
 * A feature's cell kind plugs in through one interface: the installed plug-ins give the codec (stored notebooks of
 * the shipped kinds and of the plug-in's kind open), the evaluators and new cells; an unexpected failure of a cell
 * shows an incident id, not the exception's text.
 */
class CellPluginsTest {

    /** A cell kind of a hypothetical feature: a question put to the workshop. */
    record QuestionCell(String id, String question) implements Cell {
        static final CellKind KIND = new CellKind("QUESTION", "question", QuestionCell.class);

        @Override
        public CellKind kind() {
            return KIND;
        }
    }

    static final class QuestionPlugin implements CellPlugin<QuestionCell> {
        @Override
        public CellKind kind() {
            return QuestionCell.KIND;
        }

        @Override
        public int order() {
            return 5;
        }

        @Override
        public QuestionCell newCell(String id) {
            return new QuestionCell(id, "?");
        }

        @Override
        public CellEvaluator<QuestionCell> evaluator() {
            return new CellEvaluator<>() {
                @Override
                public Class<QuestionCell> cellType() {
                    return QuestionCell.class;
                }

                @Override
                public Set<NotebookParameter> dependsOn() {
                    return Set.of();
                }

                @Override
                public List<CellResult> evaluate(QuestionCell cell, NotebookParameters parameters) {
                    if (cell.question().isBlank()) {
                        throw new IllegalStateException("secret detail of a bug");
                    }
                    return List.of(new MarkdownRenderer().render(cell.question()));
                }
            };
        }

        @Override
        public Component editor(QuestionCell cell, Consumer<QuestionCell> onChange) {
            return new Span(cell.question());
        }
    }

    private final CellPlugins plugins = new CellPlugins(List.of(new QuestionPlugin()));

    @Test
    void a_plugins_kind_is_read_and_written_by_the_codec_next_to_the_shipped_kinds() {
        NotebookDocument doc = new NotebookDocument("Q", "en", NotebookParameters.none(),
                List.of(new MarkdownCell("m", "# Hi"), plugins.newCell(plugins.all().get(0))));
        String json = plugins.codec().write(doc);
        assertThat(json).contains("\"kind\" : \"question\"").contains("\"kind\" : \"markdown\"");
        assertThat(plugins.codec().read(json, "q.json")).isEqualTo(doc);
        assertThat(plugins.of(doc.cells().get(1))).isPresent();
        assertThat(plugins.of(doc.cells().get(0))).isEmpty();
    }

    @Test
    void the_evaluator_of_the_installed_kinds_computes_the_plugins_cells_and_hides_an_unexpected_failure() {
        NotebookDocument doc = new NotebookDocument("Q", "en", NotebookParameters.none(),
                List.of(new QuestionCell("a", "Which strategy first?"), new QuestionCell("b", " ")));
        EvaluatedNotebook e = plugins.newEvaluator().evaluate(doc);
        assertThat(e.resultsOf("a")).singleElement().isInstanceOf(TextResult.class);
        assertThat(e.resultsOf("b")).singleElement().isInstanceOfSatisfying(FailedResult.class, f -> {
            LocalizedText m = f.message();
            assertThat(m.en()).contains("incident").doesNotContain("secret");
            assertThat(m.zh()).doesNotContain("secret");
        });
    }
}
