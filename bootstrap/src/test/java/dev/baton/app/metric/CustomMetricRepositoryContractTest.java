package dev.baton.app.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.shared.LocalizedText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every CustomMetricRepository keeps, checked against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CustomMetricRepositoryContractTest {

    @Inject
    CustomMetricRepository customMetrics;

    private static CustomMetric aMetric(String key, String formula) {
        return new CustomMetric(
                MetricKey.of(key),
                LocalizedText.of("Revenue per visit", "每次访问收入"),
                LocalizedText.of("Revenue ÷ visits.", "收入 ÷ 访问量。"),
                Unit.CURRENCY,
                Direction.HIGHER_IS_BETTER,
                Category.REVENUE,
                formula);
    }

    private CustomMetric stored(CustomMetric metric) {
        return QuarkusTransaction.requiringNew().call(() -> customMetrics.add(metric));
    }

    @Test
    void aStoredMetricIsFoundAsItWasStoredWithItsFormulaText() {
        CustomMetric metric = aMetric(CustomMetricApiTest.uniqueKey("stored"), "revenue ÷ visits");
        assertThat(stored(metric)).isEqualTo(metric);

        Optional<CustomMetric> found =
                QuarkusTransaction.requiringNew().call(() -> customMetrics.findByKey(metric.key()));

        assertThat(found).contains(metric);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        Optional<CustomMetric> found = QuarkusTransaction.requiringNew()
                .call(() -> customMetrics.findByKey(MetricKey.of(CustomMetricApiTest.uniqueKey("missing"))));

        assertThat(found).isEmpty();
    }

    @Test
    void findAllListsOlderMetricsFirst() {
        CustomMetric first = stored(aMetric(CustomMetricApiTest.uniqueKey("zz_first"), "revenue / visits"));
        CustomMetric second = stored(aMetric(CustomMetricApiTest.uniqueKey("aa_second"), "revenue / orders"));

        List<CustomMetric> all = QuarkusTransaction.requiringNew().call(() -> customMetrics.findAll());

        assertThat(all).containsSubsequence(first, second);
    }

    @Test
    void aKeyIsStoredOnlyOnceAndTheSecondAddIsAKeyError() {
        CustomMetric metric = stored(aMetric(CustomMetricApiTest.uniqueKey("once"), "revenue / visits"));

        assertThatThrownBy(() -> stored(aMetric(metric.key().value(), "revenue / orders")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("key"));
    }
}
