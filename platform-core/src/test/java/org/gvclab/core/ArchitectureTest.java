package org.gvclab.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core free of frameworks and its feature packages free of cycles (CONVENTIONS.md 1–2). */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gvclab.core");
    }

    @Test
    void core_depends_on_no_framework_database_or_servlet_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "org.jooq..", "jakarta.servlet..",
                        "javax.servlet..", "java.sql..", "org.flywaydb..")
                .check(core);
    }

    @Test
    void core_depends_neither_on_reports_nor_on_web() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.gvclab.reports..", "org.gvclab.web..")
                .check(core);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("org.gvclab.core.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(core);
    }
}
