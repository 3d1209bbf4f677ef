package vn.bantin.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The tests' own rules: they wait on a condition, never for a while, so a slow machine cannot pass or fail them. */
@AnalyzeClasses(packages = "vn.bantin", importOptions = ImportOption.OnlyIncludeTests.class)
class TestRulesTest {
    /**
     * Two exceptions, both about time itself: CrashSafetyTest kills at random moments (and polls a file between),
     * and FeedServer plays a slow server.
     */
    @ArchTest
    static final ArchRule testsWaitOnConditionsNotOnTime = noClasses()
            .that().doNotHaveSimpleName("CrashSafetyTest").and().doNotHaveSimpleName("FeedServer")
            .should().callMethod(Thread.class, "sleep", long.class);
}
