package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule suite that extends this runs twice: over the {@link TestCatalog}, whose small set of entries makes a case
 * easy to read (there {@code ltv} is a measure), and over the built-in catalog the application uses (there it is
 * computed), so a rule that only holds for the stand-in fails. A plan a test builds takes the catalog of the run unless
 * the test names one.
 */
@ParameterizedClass(name = "over the {0}")
@MethodSource("dev.baton.domain.alignment.OverBothCatalogs#catalogs")
abstract class OverBothCatalogs {

    @Parameter
    MetricCatalog catalog;

    static Stream<Named<MetricCatalog>> catalogs() {
        return Stream.of(
                Named.of("test catalog", TestCatalog.instance()),
                Named.of("built-in catalog", BuiltInMetricCatalog.instance()));
    }

    @BeforeEach
    void planOverTheCatalogOfTheRun() {
        PlanTestData.defaultCatalog(catalog);
    }

    @AfterEach
    void planOverTheTestCatalogAgain() {
        PlanTestData.defaultCatalog(TestCatalog.instance());
    }

    /** A metric's English name as a finding words it in running text: "average deal value", "CAC". */
    String inText(String metric) {
        String name = catalog.find(MetricKey.of(metric)).orElseThrow().name().en();
        return name.length() >= 2 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : name;
    }

    /** A metric's Chinese name. */
    String zhName(String metric) {
        return catalog.find(MetricKey.of(metric)).orElseThrow().name().zhCn();
    }
}
