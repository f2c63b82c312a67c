package org.gvclab.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reports depend on core only: never on the web module or a framework (docs/ARCHITECTURE.md, "Modules"). */
class ArchitectureTest {

    private static JavaClasses reports;

    @BeforeAll
    static void importReports() {
        reports = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gvclab.reports");
    }

    @Test
    void reports_depend_neither_on_web_nor_on_a_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.gvclab.web..", "org.springframework..", "com.vaadin..", "org.jooq..",
                        "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(reports);
    }

    @Test
    void report_packages_are_free_of_cycles() {
        slices().matching("org.gvclab.reports.(*)..").should().beFreeOfCycles().allowEmptyShould(true)
                .check(reports);
    }
}
