package org.gvclab.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** User formulas are validated when saved, stay in their jurisdiction, and only consultants and admins add them. */
@AppIT
class UserIndicatorServiceIT {

    @Autowired
    UserIndicatorService service;
    @Autowired
    JurisdictionService jurisdictions;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private UserIndicatorDraft draft(Long jurisdiction, String code, String formula) {
        return new UserIndicatorDraft(jurisdiction, code, new LocalizedText("设计与品牌占比", "Design and brand share"),
                formula, LocalizedText.of("%"), Polarity.HIGHER_IS_BETTER, Group.INDUSTRIAL_INNOVATION);
    }

    @Test
    void a_valid_formula_is_saved_and_seen_only_in_its_jurisdiction() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        long zhuji = jurisdictions.visible().stream().filter(j -> j.code().equals("330681")).findFirst()
                .orElseThrow().id();
        UserIndicator saved = service.create(draft(zhuji, "design_brand_share_it",
                "(odm_sales + obm_sales) / sales * 100"));

        assertThat(service.forJurisdiction(zhuji)).extracting(UserIndicator::code).contains(saved.code());
        SignedIn.as("demo-admin", "ADMIN");
        long dongguan = jurisdictions.visible().stream().filter(j -> j.code().equals("441900")).findFirst()
                .orElseThrow().id();
        assertThat(service.forJurisdiction(dongguan)).extracting(UserIndicator::code).doesNotContain(saved.code());
    }

    @Test
    void an_unknown_field_or_a_syntax_error_is_refused_and_nothing_is_stored() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        long zhuji = jurisdictions.visible().get(0).id();
        int before = service.visible().size();

        assertThatThrownBy(() -> service.create(draft(zhuji, "bad_field_it", "obm_sales / turnover")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.args()[0].toString())
                        .contains("turnover"));
        assertThatThrownBy(() -> service.create(draft(zhuji, "bad_syntax_it", "obm_sales / (sales")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.create(draft(zhuji, "no_code_it", "java.lang.Runtime.exec(1)")))
                .isInstanceOf(UserFacingException.class);
        assertThat(service.visible()).hasSize(before);
    }

    @Test
    void an_official_cannot_define_indicators() {
        SignedIn.as("demo-official", "OFFICIAL");
        long zhuji = jurisdictions.visible().get(0).id();
        assertThatThrownBy(() -> service.create(draft(zhuji, "official_try_it", "sales")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
