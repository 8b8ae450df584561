package dev.baton.domain.alignment.feasibility;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import java.util.Optional;

/** A quantity of the feasibility network: a metric, between two stages where it is stage-scoped. */
public record Variable(MetricKey metric, Optional<StageScope> scope) {

    public static Variable of(MetricKey metric) {
        return new Variable(metric, Optional.empty());
    }
}
