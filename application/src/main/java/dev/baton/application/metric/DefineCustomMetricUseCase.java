package dev.baton.application.metric;

public interface DefineCustomMetricUseCase {

    /**
     * Adds a metric to the organisation's catalog.
     *
     * @throws dev.baton.application.shared.InvalidInputException on {@code formula} for a syntax error (with its
     *     position), unknown names or a cycle (with its chain), on {@code key} when the key is taken
     */
    MetricDetails define(DefineCustomMetricCommand command);
}
