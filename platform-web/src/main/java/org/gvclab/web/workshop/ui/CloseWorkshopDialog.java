package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.gvclab.web.workshop.GroupConsistency;
import org.gvclab.web.workshop.WeightsDecision;
import org.gvclab.web.workshop.WorkshopService;

/**
 * The facilitator's confirmation before a workshop closes. When a group's AHP weights are inconsistent (CR of 0.10
 * or more) the facilitator must choose to apply or to withhold them; the service refuses to close without that
 * choice.
 */
final class CloseWorkshopDialog extends Dialog {

    private final WorkshopService workshops;
    private final long workshopId;
    private final Runnable closed;

    CloseWorkshopDialog(WorkshopService workshops, long workshopId, Runnable closed) {
        this.workshops = workshops;
        this.workshopId = workshopId;
        this.closed = closed;
        Dialog dialog = this;
        dialog.setId("close-dialog");
        dialog.setHeaderTitle(getTranslation("workshop.close"));
        dialog.setMaxWidth("40rem");
        dialog.add(new Paragraph(getTranslation("workshop.close.confirm")));
        List<GroupConsistency> inconsistent = workshops.presentation(workshopId, List.of()).consistency().stream()
                .filter(g -> !g.consistent()).toList();
        Button no = new Button(getTranslation("action.cancel"), e -> dialog.close());
        if (inconsistent.isEmpty()) {
            Button yes = closeButton(dialog, "workshop.close", WeightsDecision.UNDECIDED);
            yes.setId("confirm-close");
            dialog.getFooter().add(no, yes);
        } else {
            // the facilitator decides explicitly; the service refuses to close without a decision
            for (GroupConsistency g : inconsistent) {
                Paragraph warning = new Paragraph(getTranslation("workshop.close.inconsistentWeights",
                        String.format(Locale.ROOT, "%.3f", g.cr()), getTranslation("workshop.cr.use."
                                + (g.set() == org.gvclab.core.workshop.CriteriaSet.FACTORS ? "factors" : "outcomes"))));
                warning.addClassName("close-cr-warning");
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                dialog.add(warning);
            }
            Button apply = closeButton(dialog, "workshop.close.apply", WeightsDecision.APPLY);
            apply.setId("confirm-close-apply");
            Button withhold = closeButton(dialog, "workshop.close.withhold", WeightsDecision.WITHHOLD);
            withhold.setId("confirm-close-withhold");
            apply.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(no, apply, withhold);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("justify-content", "flex-end");
            dialog.getFooter().add(buttons);
        }
    }

    private Button closeButton(Dialog dialog, String label, WeightsDecision decision) {
        Button b = new Button(getTranslation(label), e -> {
            workshops.close(workshopId, decision);
            dialog.close();
            closed.run();
        });
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        return b;
    }
}
