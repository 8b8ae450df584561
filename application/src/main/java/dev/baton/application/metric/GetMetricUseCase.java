package dev.baton.application.metric;

import dev.baton.domain.metric.MetricKey;

public interface GetMetricUseCase {

    MetricDetails get(MetricKey key);
}
