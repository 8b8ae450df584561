package dev.baton.domain.metric;

import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Inputs written the way the design document writes its examples: {@code inputs().with("orders", "360")}. */
public final class MetricTestData {

    private MetricTestData() {}

    public static MetricEvaluator builtInEvaluator() {
        return new MetricEvaluator(BuiltInMetricCatalog.instance());
    }

    public static MetricKey key(String key) {
        return MetricKey.of(key);
    }

    public static Inputs inputs() {
        return new Inputs(new LinkedHashMap<>());
    }

    /** An immutable builder: each {@code with} returns a new set of inputs, so a base can be shared between tests. */
    public static final class Inputs {

        private final Map<MetricKey, BigDecimal> values;

        private Inputs(Map<MetricKey, BigDecimal> values) {
            this.values = values;
        }

        public Inputs with(String key, String value) {
            return with(key, new BigDecimal(value));
        }

        public Inputs with(String key, BigDecimal value) {
            Map<MetricKey, BigDecimal> next = new LinkedHashMap<>(values);
            next.put(MetricKey.of(key), value);
            return new Inputs(next);
        }

        public Map<MetricKey, BigDecimal> asMap() {
            return Map.copyOf(values);
        }
    }
}
