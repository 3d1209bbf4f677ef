package vn.bantin.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of DEVELOPERS.md: app -> ui -> service -> ingest -> data -> domain; only app builds data.sqlite. */
@AnalyzeClasses(packages = "vn.bantin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("vn.bantin.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.data..", "vn.bantin.ingest..", "vn.bantin.ui..",
                    "vn.bantin.app..", "vn.bantin.service..", "javafx..", "java.sql..");

    /** The words of both languages are read by every layer, so they depend on none (decision 0012). */
    @ArchTest
    static final ArchRule wordsDependOnNothingOfOurs = noClasses().that().resideInAPackage("vn.bantin.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.domain..", "vn.bantin.data..", "vn.bantin.ingest..",
                    "vn.bantin.ui..", "vn.bantin.app..", "vn.bantin.service..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule dataDoesNotReachUp = noClasses().that().resideInAPackage("vn.bantin.data..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.service..", "vn.bantin.ingest..", "vn.bantin.ui..",
                    "vn.bantin.app..", "javafx..");

    @ArchTest
    static final ArchRule ingestDoesNotKnowTheWindow = noClasses().that().resideInAPackage("vn.bantin.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.service..", "vn.bantin.ui..", "vn.bantin.app..", "javafx..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheApp = noClasses().that().resideInAPackage("vn.bantin.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.app..");

    @ArchTest
    static final ArchRule onlyAppBuildsSqlite = noClasses().that().resideOutsideOfPackages("vn.bantin.app..", "vn.bantin.data.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("vn.bantin.data.sqlite..");

    @ArchTest
    static final ArchRule sqlStaysInTheRepositoryLayer = noClasses().that().resideOutsideOfPackage("vn.bantin.data.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    /** A view model holds state and commands; controls, scenes and windows are the views' (JabRef's rule). */
    @ArchTest
    static final ArchRule viewModelsTouchNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** Only the command line prints; everything else logs with System.Logger or says it in the window. */
    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackages("vn.bantin.app.cli..",
                    "vn.bantin.app.bench..").and().doNotHaveFullyQualifiedName("vn.bantin.app.Main")
            .and().doNotHaveFullyQualifiedName("vn.bantin.app.BantinApp")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    /**
     * The window and the command line reach stored data only through the use cases (service/, ingest/): the same
     * methods for both doors. The gazetteer (read-only data) and the data layer's exceptions they may name.
     */
    @ArchTest
    static final ArchRule windowAndCommandLineUseTheUseCases = noClasses()
            .that().resideInAnyPackage("vn.bantin.ui..", "vn.bantin.app.cli..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.bantin.data.WorkJournal");

    @ArchTest
    static final ArchRule useCasesKnowNoWindow = noClasses().that().resideInAPackage("vn.bantin.service..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.bantin.ui..", "vn.bantin.app..", "javafx..");
}
