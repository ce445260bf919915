package org.stratum.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering of DESIGN.md: the core depends on neither engine nor app nor any framework
 * or database; the engine does not depend on the app or Spring. Maven stops the obvious cycles;
 * this catches the frameworks too.
 */
class ModuleBoundariesTests {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stratum");
    }

    @Test
    void coreDependsOnNoOtherModuleNorFramework() {
        noClasses().that().resideInAPackage("org.stratum.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stratum.engine..", "org.stratum.app..",
                        "org.springframework..", "org.duckdb..", "org.apache.spark..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void engineDependsNeitherOnTheAppNorOnSpring() {
        noClasses().that().resideInAPackage("org.stratum.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stratum.app..", "org.springframework..",
                        "jakarta.servlet..")
                .check(classes);
    }
}
