package dev.baton.domain.alignment.feasibility;

import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The range a metric without a target of its own is pinned to by the targets and actuals of a period, through the
 * catalog's formulas. An absent end is unbounded. Ends are rounded outward to two decimals.
 */
public record ImpliedRange(
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max) {

    public ImpliedRange {
        Objects.requireNonNull(metric, "metric");
        scope = scope == null ? Optional.empty() : scope;
        Objects.requireNonNull(period, "period");
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
    }

    /** The slot this range is for. */
    public MetricSlot slot() {
        return new MetricSlot(metric, scope, period);
    }
}
