package org.gvclab.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module sits on top: core and reports never see it (checked there), its feature packages have no cycles,
 * views only bind and render, the notebook knows no feature, and persistence keeps to its repositories with the
 * caller's tenant scope. The rules are built in {@link Boundaries}; {@code BoundariesViolationTest} shows each one
 * failing on a deliberate violation.
 */
class ArchitectureTest {

    private static JavaClasses web;
    private static JavaClasses coreAndWeb;

    @BeforeAll
    static void importWeb() {
        coreAndWeb = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gvclab.web", "org.gvclab.core");
        web = coreAndWeb.that(JavaClass.Predicates.resideInAPackage("org.gvclab.web.."));
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("org.gvclab.web.(*)..").should().beFreeOfCycles().check(web);
    }

    @Test
    void views_do_not_touch_the_database() {
        noClasses().that().resideInAPackage("..ui..").or().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.gvclab.web.db..")
                .check(web);
    }

    @Test
    void views_go_through_services_not_repositories() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(web);
    }

    @Test
    void user_interface_classes_depend_on_services_and_core_value_types_only() {
        Boundaries.uiDependsOnServicesAndCoreValueTypesOnly().check(coreAndWeb);
    }

    @Test
    void the_notebook_depends_on_no_feature_package() {
        Boundaries.notebookDependsOnNoFeature("org.gvclab.web.notebook..").check(web);
    }

    @Test
    void repositories_are_package_private() {
        Boundaries.repositoriesArePackagePrivate().check(web);
    }

    @Test
    void jooq_is_used_only_in_repositories() {
        Boundaries.jooqOnlyInRepositories().check(web);
    }

    @Test
    void repository_methods_that_touch_user_data_take_the_callers_tenant_scope() {
        Boundaries.repositoryMethodsOnUserDataTakeTheCallersScope().check(web);
    }

    @Test
    void each_repository_writes_a_column_list_once() {
        Boundaries.columnListsWrittenOncePerRepository().check(web);
    }

    @Test
    void distinct_concepts_have_distinct_names() {
        Boundaries.webNamesAreDistinct(coreAndWeb).check(web);
    }

    @Test
    void web_classes_are_package_private_unless_another_package_needs_them() {
        Boundaries.publicOnlyWhenUsedFromAnotherPackage().check(web);
    }
}
