package org.gvclab.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module sits on top: core and reports never see it (checked there), its feature packages have no
 * cycles, and data access stays in repositories, not in views.
 */
class ArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gvclab.web");
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
}
