package org.fivecmenus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
import org.fivecmenus.upstream.VendorKind;
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
        // In a kind's package only its bean (which builds requests) may; the rest is its parser and its tables.
        noClasses().that().implement(MenuParser.class).or().belongToAnyOf(StationRules.class, StationCuration.class)
                .or(resideInAKindsPackage().and(DescribedPredicate.not(JavaClass.Predicates.implement(VendorKind.class))))
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.io..", "java.nio.file..",
                        "java.net.http..")
                .orShould().callMethod(java.time.Clock.class, "instant")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(MAIN);
    }

    @Test
    void eachVendorKindIsOneBeanInAPackageOfItsOwn() {
        List<String> packages = kindPackages();
        assertThat(packages).as("the kinds the WAR ships").hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates()
                .allMatch(p -> p.matches("org\\.fivecmenus\\.upstream\\.[a-z0-9]+"));
    }

    @Test
    void noClassOutsideAVendorKindsPackageNamesThatKind() {
        for (String kind : kindPackages()) {
            noClasses().that().resideOutsideOfPackage(kind).should().dependOnClassesThat().resideInAPackage(kind)
                    .because("the app finds the kinds through CDI (upstream.VendorKinds) by name, so that adding one "
                            + "touches its own package only")
                    .check(MAIN);
        }
    }

    /** The packages of the {@link VendorKind} beans. */
    private static List<String> kindPackages() {
        return MAIN.stream().filter(c -> c.isAssignableTo(VendorKind.class) && !c.isInterface())
                .map(JavaClass::getPackageName).toList();
    }

    private static DescribedPredicate<JavaClass> resideInAKindsPackage() {
        List<String> packages = kindPackages();
        return DescribedPredicate.describe("reside in a vendor kind's package",
                c -> packages.contains(c.getPackageName()));
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
