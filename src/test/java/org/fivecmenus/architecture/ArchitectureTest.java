package org.fivecmenus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fivecmenus.upstream.MenuParser;
import org.fivecmenus.upstream.StationCuration;
import org.fivecmenus.upstream.StationRules;
import org.junit.jupiter.api.Test;

/** The shape of the code, as rules a change cannot break unnoticed. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fivecmenus");
    /** Longer files say why in a comment holding this phrase. */
    private static final String LONGER_BECAUSE = "Longer than 250 lines because";

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
                .or().haveFullyQualifiedName("org.fivecmenus.upstream.SodexoLocationPage")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.io..", "java.nio.file..",
                        "java.net.http..")
                .orShould().callMethod(java.time.Clock.class, "instant")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(MAIN);
    }

    @Test
    void noMainSourceFileIsLongerThan250LinesUnlessItSaysWhy() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return lines.size() > 250 && lines.stream().noneMatch(l -> l.contains(LONGER_BECAUSE));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
            assertThat(tooLong).as("files over 250 lines without a comment '" + LONGER_BECAUSE + " …'").isEmpty();
        }
    }
}
