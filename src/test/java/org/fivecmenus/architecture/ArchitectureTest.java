package org.fivecmenus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.fivecmenus.vendor.MenuParser;
import org.fivecmenus.vendor.StationCuration;
import org.fivecmenus.vendor.StationRules;
import org.junit.jupiter.api.Test;

/** The shape of the code, as rules a change cannot break unnoticed. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fivecmenus");

    @Test
    void noTwoPackagesDependOnEachOtherThroughAnyPath() {
        slices().matching("org.fivecmenus.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theMenuModelDependsOnNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.fivecmenus.menu.model").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.fivecmenus.menu.model", "java..", "jakarta.json.bind.annotation..")
                .check(MAIN);
    }

    @Test
    void vendorParsersDoNoInputOutputAndReadNoClock() {
        noClasses().that().implement(MenuParser.class).or().belongToAnyOf(StationRules.class, StationCuration.class)
                .or().haveFullyQualifiedName("org.fivecmenus.vendor.SodexoLocationPage")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.io..", "java.nio.file..",
                        "java.net.http..")
                .orShould().callMethod(java.time.Clock.class, "instant")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(MAIN);
    }
}
