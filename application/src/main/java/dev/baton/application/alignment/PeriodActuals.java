package dev.baton.application.alignment;

import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns ledger rows into the actuals of each period: an organisation-wide value is the period's value; a measure
 * recorded only per funnel counts the sum over the funnels (stage entries of two product lines add up).
 */
public final class PeriodActuals {

    private PeriodActuals() {}

    public static Map<Period, Map<MetricKey, BigDecimal>> byPeriod(Collection<RecordedMeasure> rows) {
        Map<Period, Map<MetricKey, BigDecimal>> organisation = new HashMap<>();
        Map<Period, Map<MetricKey, BigDecimal>> funnels = new HashMap<>();
        for (RecordedMeasure row : rows) {
            Map<Period, Map<MetricKey, BigDecimal>> target = row.funnel().organisationWide() ? organisation : funnels;
            target.computeIfAbsent(row.period(), p -> new TreeMap<>())
                    .merge(row.measure(), row.value().amount(), BigDecimal::add);
        }
        Map<Period, Map<MetricKey, BigDecimal>> merged = new HashMap<>();
        funnels.forEach((period, values) -> merged.put(period, new TreeMap<>(values)));
        organisation.forEach((period, values) ->
                merged.computeIfAbsent(period, p -> new TreeMap<>()).putAll(values));
        return merged;
    }
}
