package org.gvclab.web.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators manage jurisdictions: unique codes, no parent cycles; nobody else may. */
@AppIT
class JurisdictionServiceIT {

    @Autowired
    JurisdictionService service;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void an_admin_creates_a_county_under_a_city_and_edits_it() {
        SignedIn.as("demo-admin", "ADMIN");
        long shaoxing = service.visible().stream().filter(j -> j.code().equals("330600")).findFirst().orElseThrow().id();
        long shengzhou = service.create(new JurisdictionDraft("330683", "嵊州市", "Shengzhou", AdminLevel.COUNTY, shaoxing));

        Jurisdiction created = service.get(shengzhou);
        assertThat(created.parentId()).isEqualTo(shaoxing);
        service.update(created, new JurisdictionDraft("330683", "嵊州市", "Shengzhou City", AdminLevel.COUNTY, shaoxing));
        assertThat(service.get(shengzhou).nameEn()).isEqualTo("Shengzhou City");
    }

    @Test
    void a_taken_code_and_a_parent_cycle_are_refused() {
        SignedIn.as("demo-admin", "ADMIN");
        Jurisdiction zhejiang = service.visible().stream().filter(j -> j.code().equals("330000")).findFirst()
                .orElseThrow();
        long shaoxing = service.visible().stream().filter(j -> j.code().equals("330600")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> service.create(new JurisdictionDraft("330681", "重复", "Duplicate",
                AdminLevel.COUNTY, null))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.update(zhejiang, new JurisdictionDraft("330000", "浙江省", "Zhejiang Province",
                AdminLevel.PROVINCE, shaoxing))).isInstanceOf(UserFacingException.class);
        assertThat(service.get(zhejiang.id()).parentId()).isNull();
    }

    @Test
    void an_official_cannot_create_jurisdictions() {
        SignedIn.as("demo-official", "OFFICIAL");
        assertThatThrownBy(() -> service.create(new JurisdictionDraft("999999", "x", "x", AdminLevel.COUNTY, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
