package dev.baton.application.fakes;

import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.CustomMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Custom metrics kept in memory in the order they were added; a key is stored once, as the primary key does. */
public final class InMemoryCustomMetrics implements CustomMetricRepository {

    private final Map<MetricKey, CustomMetric> metrics = new LinkedHashMap<>();

    @Override
    public CustomMetric add(CustomMetric metric) {
        if (metrics.containsKey(metric.key())) {
            throw Clashes.taken("key");
        }
        metrics.put(metric.key(), metric);
        return metric;
    }

    @Override
    public List<CustomMetric> findAll() {
        return new ArrayList<>(metrics.values());
    }

    @Override
    public Optional<CustomMetric> findByKey(MetricKey key) {
        return Optional.ofNullable(metrics.get(key));
    }
}
