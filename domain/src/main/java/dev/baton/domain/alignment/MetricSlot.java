package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import java.util.Objects;
import java.util.Optional;

/**
 * What a target is about: a metric (between two stages, for stage-scoped metrics) in a period. Two teams holding
 * targets in the same slot share that metric.
 */
public record MetricSlot(MetricKey metric, Optional<StageScope> scope, Period period) {

    public MetricSlot {
        Objects.requireNonNull(metric, "metric");
        scope = scope == null ? Optional.empty() : scope;
        Objects.requireNonNull(period, "period");
    }

    public static MetricSlot of(KpiTarget target) {
        return new MetricSlot(target.metric(), target.scope(), target.period());
    }

    /** {@code cac}, or {@code stage_conversion_rate[sql→customer]}, without the period. */
    public String metricLabel() {
        return scope.map(s -> metric.value() + "[" + s + "]").orElse(metric.value());
    }

    @Override
    public String toString() {
        return metricLabel() + " " + period;
    }
}
