package dev.baton.domain.measure;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The measures recorded for one period, organisation-wide or in one funnel, ordered by key: one sheet. This is what
 * actuals are computed from: {@link #amounts()} is the map {@code MetricEvaluator} takes. The version counts the
 * recordings of the sheet (0 before the first), so a recording made from a stale copy can be refused.
 */
public record PeriodMeasures(Period period, FunnelRef funnel, SortedMap<MetricKey, MeasureValue> values, long version) {

    public PeriodMeasures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        if (version < 0) {
            throw new IllegalArgumentException("a sheet's version is never negative, got " + version);
        }
    }

    public static PeriodMeasures empty(Period period, FunnelRef funnel) {
        return new PeriodMeasures(period, funnel, new TreeMap<>(), 0);
    }

    public SheetRef sheet() {
        return new SheetRef(period, funnel);
    }

    public Optional<MeasureValue> valueOf(MetricKey measure) {
        return Optional.ofNullable(values.get(measure));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The plain amounts, for evaluating metrics over them. */
    public Map<MetricKey, BigDecimal> amounts() {
        SortedMap<MetricKey, BigDecimal> amounts = new TreeMap<>();
        values.forEach((key, value) -> amounts.put(key, value.amount()));
        return Collections.unmodifiableSortedMap(amounts);
    }

    /** These values with {@code changes} written over them, as the sheet's recording number {@code newVersion}. */
    public PeriodMeasures with(Map<MetricKey, MeasureValue> changes, long newVersion) {
        SortedMap<MetricKey, MeasureValue> merged = new TreeMap<>(values);
        merged.putAll(changes);
        return new PeriodMeasures(period, funnel, merged, newVersion);
    }
}
