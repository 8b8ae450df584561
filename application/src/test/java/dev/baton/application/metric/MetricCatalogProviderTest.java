package dev.baton.application.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.catalog.OrganisationMetricCatalog;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogProviderTest {

    private static CustomMetric custom(String key, String formula) {
        return new CustomMetric(
                MetricKey.of(key),
                LocalizedText.of(key, key),
                LocalizedText.of("", ""),
                Unit.RATIO,
                Direction.HIGHER_IS_BETTER,
                Category.EFFICIENCY,
                formula);
    }

    @Test
    void customMetricsJoinTheBuiltInOnes() {
        OrganisationMetricCatalog catalog =
                MetricCatalogProvider.assemble(List.of(custom("revenue_per_lead", "revenue / leads")));

        assertThat(catalog.contains(MetricKey.of("revenue_per_lead"))).isTrue();
        assertThat(catalog.contains(MetricKey.of("cac"))).isTrue();
    }

    @Test
    void aMetricMayReadOneThatIsStoredAfterIt() {
        OrganisationMetricCatalog catalog = MetricCatalogProvider.assemble(
                List.of(custom("doubled", "base_rate * 2"), custom("base_rate", "revenue / leads")));

        assertThat(catalog.contains(MetricKey.of("doubled"))).isTrue();
        assertThat(catalog.contains(MetricKey.of("base_rate"))).isTrue();
    }

    @Test
    void aStoredMetricThatCanNeverJoinIsAnInconsistencyNotALoop() {
        assertThatThrownBy(() -> MetricCatalogProvider.assemble(List.of(custom("orphan", "vanished * 2"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("orphan");
    }
}
