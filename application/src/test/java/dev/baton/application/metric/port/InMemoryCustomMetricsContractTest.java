package dev.baton.application.metric.port;

import dev.baton.application.fakes.InMemoryCustomMetrics;

/** The CustomMetricRepositoryContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryCustomMetricsContractTest extends CustomMetricRepositoryContract {

    private final InMemoryCustomMetrics metrics = new InMemoryCustomMetrics();

    @Override
    protected CustomMetricRepository customMetrics() {
        return metrics;
    }
}
