package dev.baton.application.metric.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.shared.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every CustomMetricRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class CustomMetricRepositoryContract extends PortContract {

    protected abstract CustomMetricRepository customMetrics();

    protected static CustomMetric aMetric(String key, String formula) {
        return new CustomMetric(
                MetricKey.of(key),
                LocalizedText.of("Revenue per visit", "每次访问收入"),
                LocalizedText.of("Revenue ÷ visits.", "收入 ÷ 访问量。"),
                Unit.CURRENCY,
                Direction.HIGHER_IS_BETTER,
                Category.REVENUE,
                formula);
    }

    protected CustomMetric stored(CustomMetric metric) {
        return call(() -> customMetrics().add(metric));
    }

    @Test
    public void aStoredMetricIsFoundAsItWasStoredWithItsFormulaText() {
        CustomMetric metric = aMetric(uniqueKey("stored"), "revenue ÷ visits");
        assertThat(stored(metric)).isEqualTo(metric);

        Optional<CustomMetric> found = call(() -> customMetrics().findByKey(metric.key()));

        assertThat(found).contains(metric);
    }

    @Test
    public void anUnknownKeyIsNotFound() {
        Optional<CustomMetric> found = call(() -> customMetrics().findByKey(MetricKey.of(uniqueKey("missing"))));

        assertThat(found).isEmpty();
    }

    @Test
    public void findAllListsOlderMetricsFirst() {
        CustomMetric first = stored(aMetric(uniqueKey("zz_first"), "revenue / visits"));
        CustomMetric second = stored(aMetric(uniqueKey("aa_second"), "revenue / orders"));

        List<CustomMetric> all = call(() -> customMetrics().findAll());

        assertThat(all).containsSubsequence(first, second);
    }

    @Test
    public void aKeyIsStoredOnlyOnceAndTheSecondAddIsAKeyError() {
        CustomMetric metric = stored(aMetric(uniqueKey("once"), "revenue / visits"));

        assertThatThrownBy(() -> stored(aMetric(metric.key().value(), "revenue / orders")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("key"));
    }
}
