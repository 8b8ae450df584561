package dev.baton.application.metric;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.evaluation.MetricValue;
import java.util.Objects;

/** The value a metric came to, or why it has none, with the definition that says its unit. */
public record MetricEvaluation(MetricDefinition definition, MetricValue value) {

    public MetricEvaluation {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(value, "value");
    }
}
