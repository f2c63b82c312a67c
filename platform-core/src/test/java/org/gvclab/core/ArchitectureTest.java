package org.gvclab.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core free of frameworks, its feature packages free of cycles (docs/ARCHITECTURE.md, "The rules") and the {@code io}
 * subpackages pointing one way: {@code model} and {@code write} depend on no other {@code io} package, {@code read}
 * on {@code model}, {@code decompose} on {@code model} and {@code write}, {@code regional} on {@code model} and
 * {@code read}, and none on the {@code io} package itself (which may use them all).
 */
class ArchitectureTest {

    private static final String IO = "org.gvclab.core.io";
    private static final String MODEL = IO + ".model..";
    private static final String READ = IO + ".read..";
    private static final String DECOMPOSE = IO + ".decompose..";
    private static final String REGIONAL = IO + ".regional..";
    private static final String WRITE = IO + ".write..";

    /** The direction of the {@code io} subpackages: model ← read; model, write ← decompose; model, read ← regional. */
    static final ArchRule IO_DIRECTION = CompositeArchRule
            .of(noClasses().that().resideInAPackage(MODEL).should().dependOnClassesThat()
                    .resideInAnyPackage(IO, READ, DECOMPOSE, REGIONAL, WRITE)
                    .because("the table model is the base every other io package builds on").allowEmptyShould(true))
            .and(noClasses().that().resideInAPackage(READ).should().dependOnClassesThat()
                    .resideInAnyPackage(IO, DECOMPOSE, REGIONAL, WRITE).because("readers only build tables").allowEmptyShould(true))
            .and(noClasses().that().resideInAPackage(DECOMPOSE).should().dependOnClassesThat()
                    .resideInAnyPackage(IO, READ, REGIONAL).because("indicators are computed from a model, however read").allowEmptyShould(true))
            .and(noClasses().that().resideInAPackage(REGIONAL).should().dependOnClassesThat()
                    .resideInAnyPackage(IO, DECOMPOSE, WRITE).because("regional analysis needs the model and the readers only").allowEmptyShould(true))
            .and(noClasses().that().resideInAPackage(WRITE).should().dependOnClassesThat()
                    .resideInAnyPackage(IO, MODEL, READ, DECOMPOSE, REGIONAL)
                    .because("number and CSV formatting knows nothing of tables").allowEmptyShould(true))
            .and(slices().matching(IO + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));

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

    @Test
    void io_subpackages_depend_in_one_direction() {
        IO_DIRECTION.check(core);
    }

    @Test
    void io_direction_rule_reports_a_model_class_that_reaches_into_the_readers() {
        JavaClasses violating = new ClassFileImporter().importPackages(IO + ".model", IO + ".read");
        EvaluationResult result = IO_DIRECTION.evaluate(violating);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("DeliberateViolation") && d.contains("TableFormat"));
    }
}
