package org.gvclab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule of {@link Boundaries} reports a deliberate violation: the rules are evaluated on the
 * test-only classes of {@code org.gvclab.web.archfixture}, which break them on purpose (and keep them where a
 * fixture shows the allowed way).
 */
class BoundariesViolationTest {

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages("org.gvclab.web.archfixture");
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(fixtures).getFailureReport().getDetails();
    }

    @Test
    void a_view_that_evaluates_a_formula_itself_breaks_the_ui_rule_and_a_view_asking_a_service_does_not() {
        List<String> v = violations(Boundaries.uiDependsOnServicesAndCoreValueTypesOnly());
        assertThat(v).anyMatch(s -> s.contains("FormulaInAView") && s.contains("UserFormula"));
        assertThat(v).noneMatch(s -> s.contains("ThinView"));
    }

    @Test
    void notebook_code_calling_a_features_service_breaks_the_notebook_rule() {
        assertThat(violations(Boundaries.notebookDependsOnNoFeature("org.gvclab.web.archfixture.notebook..")))
                .anyMatch(s -> s.contains("NotebookReachingIntoAFeature") && s.contains("StrategyComparisonService"));
    }

    @Test
    void a_public_repository_breaks_the_repository_rule() {
        assertThat(violations(Boundaries.repositoriesArePackagePrivate()))
                .anyMatch(s -> s.contains("PublicRepository"));
    }

    @Test
    void a_service_writing_sql_breaks_the_jooq_rule_and_a_repository_does_not() {
        List<String> v = violations(Boundaries.jooqOnlyInRepositories());
        assertThat(v).anyMatch(s -> s.contains("SqlInAService"));
        assertThat(v).noneMatch(s -> s.contains("UnscopedRepository"));
    }

    @Test
    void a_repository_method_on_user_data_without_the_callers_scope_breaks_the_tenant_rule() {
        List<String> v = violations(Boundaries.repositoryMethodsOnUserDataTakeTheCallersScope());
        assertThat(v).anyMatch(s -> s.contains("UnscopedRepository.deleteAny("));
        assertThat(v).anyMatch(s -> s.contains("UnscopedRepository.deleteThroughHelper("));
        assertThat(v).noneMatch(s -> s.contains("deleteInScope") || s.contains("countAll")
                || s.contains("countTables"));
    }

    @Test
    void an_upsert_writing_its_columns_twice_breaks_the_column_list_rule() {
        List<String> v = violations(Boundaries.columnListsWrittenOncePerRepository());
        assertThat(v).anyMatch(s -> s.contains("UpsertTwiceRepository") && s.contains("Scenario.NAME")
                && s.contains("save"));
        assertThat(v).noneMatch(s -> s.contains("saveOnce"));
    }

    @Test
    void two_classes_with_one_name_break_the_naming_rule() {
        assertThat(violations(Boundaries.webNamesAreDistinct(fixtures)))
                .anyMatch(s -> s.contains("Twin") && s.contains("archfixture.a") && s.contains("archfixture.b"));
    }

    @Test
    void a_public_class_used_only_in_its_package_breaks_the_visibility_rule() {
        assertThat(violations(Boundaries.publicOnlyWhenUsedFromAnotherPackage()))
                .anyMatch(s -> s.contains("NeedlesslyPublic"));
    }
}
