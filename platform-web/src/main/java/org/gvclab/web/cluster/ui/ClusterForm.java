package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.IndustryCode;
import org.gvclab.core.cluster.IndustryCodes;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's names, jurisdiction, industry (from the shipped ISIC Rev.4 / GB/T 4754-2017 code list) and currency
 * unit. Fires a {@link SaveEvent} with a draft; knows no service.
 */
class ClusterForm extends Composite<FormLayout> {

    /** Mutable form state for the binder. */
    static final class State {
        @Nullable Jurisdiction jurisdiction;
        String nameZh = "";
        String nameEn = "";
        @Nullable IndustryCode industry;
        CurrencyUnit currency = CurrencyUnit.CNY_10K;
        String description = "";
        String dataNote = "";
    }

    private final Binder<State> binder = new Binder<>();
    private final State state = new State();

    ClusterForm(List<Jurisdiction> writable, @Nullable Cluster existing) {
        Locale locale = getLocale();
        ComboBox<Jurisdiction> jurisdiction = new ComboBox<>(getTranslation("cluster.jurisdiction"));
        jurisdiction.setId("cluster-jurisdiction");
        jurisdiction.setItems(writable);
        jurisdiction.setItemLabelGenerator(j -> j.name(locale) + " (" + j.code() + ")");
        TextField nameZh = new TextField(getTranslation("cluster.nameZh"));
        nameZh.setId("cluster-name-zh");
        nameZh.setMaxLength(ClusterDraft.NAME_MAX);
        TextField nameEn = new TextField(getTranslation("cluster.nameEn"));
        nameEn.setId("cluster-name-en");
        nameEn.setMaxLength(ClusterDraft.NAME_MAX);
        ComboBox<IndustryCode> industry = new ComboBox<>(getTranslation("cluster.industryCode"));
        industry.setId("cluster-industry");
        industry.setItems(IndustryCodes.all());
        industry.setItemLabelGenerator(c -> industryLabel(c, locale));
        industry.setClearButtonVisible(true);
        Select<CurrencyUnit> currency = new Select<>();
        currency.setLabel(getTranslation("cluster.currency"));
        currency.setItems(CurrencyUnit.standard());
        currency.setItemLabelGenerator(u -> u.label().in(locale));
        TextArea description = new TextArea(getTranslation("cluster.description"));
        description.setMaxLength(ClusterDraft.DESCRIPTION_MAX);
        TextField dataNote = new TextField(getTranslation("cluster.dataNote"));
        dataNote.setMaxLength(ClusterDraft.DATA_NOTE_MAX);

        String required = getTranslation("validation.required");
        binder.forField(jurisdiction).asRequired(required).bind(s -> s.jurisdiction, (s, v) -> s.jurisdiction = v);
        binder.forField(nameZh).asRequired(required).bind(s -> s.nameZh, (s, v) -> s.nameZh = v.trim());
        binder.forField(nameEn).asRequired(required).bind(s -> s.nameEn, (s, v) -> s.nameEn = v.trim());
        binder.forField(industry).bind(s -> s.industry, (s, v) -> s.industry = v);
        binder.forField(currency).asRequired(required).bind(s -> s.currency, (s, v) -> s.currency = v);
        binder.forField(description).bind(s -> s.description, (s, v) -> s.description = v);
        binder.forField(dataNote).bind(s -> s.dataNote, (s, v) -> s.dataNote = v);
        if (existing != null) {
            state.jurisdiction = writable.stream().filter(j -> j.id() == existing.jurisdictionId()).findFirst()
                    .orElse(null);
            state.nameZh = existing.nameZh();
            state.nameEn = existing.nameEn();
            state.industry = existing.industry().orElse(null);
            state.currency = existing.currency();
            state.description = existing.description() == null ? "" : existing.description();
            state.dataNote = existing.dataNote() == null ? "" : existing.dataNote();
        } else if (writable.size() == 1) {
            state.jurisdiction = writable.get(0);
        }
        binder.readBean(state);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(state) && state.jurisdiction != null) {
                fireEvent(new SaveEvent(this, new ClusterDraft(state.jurisdiction.id(), state.nameZh, state.nameEn,
                        state.industry == null ? null : state.industry.key(), blankToNull(state.description),
                        blankToNull(state.dataNote), state.currency)));
            }
        });
        save.setId("save-cluster");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = getContent();
        form.add(jurisdiction, currency, nameZh, nameEn, industry, dataNote, description, save);
        form.setColspan(industry, 2);
        form.setColspan(description, 2);
    }

    static String industryLabel(IndustryCode c, Locale locale) {
        return (c.scheme() == IndustryCode.Scheme.GBT_4754_2017 ? "GB/T 4754 " : "ISIC ") + c.code() + " "
                + c.name().in(locale);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.trim();
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The cluster as the user wants it saved. */
    public static final class SaveEvent extends ComponentEvent<ClusterForm> {
        private final ClusterDraft draft;

        SaveEvent(ClusterForm source, ClusterDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ClusterDraft draft() {
            return draft;
        }
    }
}
