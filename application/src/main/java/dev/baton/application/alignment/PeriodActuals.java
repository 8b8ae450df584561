package dev.baton.application.alignment;

import dev.baton.domain.measure.MeasureRollUp;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns ledger rows into the actuals of each period. First, period by period, an organisation-wide value is the
 * period's value and a measure recorded only per funnel counts the sum over the funnels (stage entries of two product
 * lines add up). Then a quarter or a year without a value of its own rolls up from its months and quarters
 * ({@link MeasureRollUp}), so the same precedence holds at every level: the value recorded for a period, whether
 * organisation-wide or summed over funnels, wins over what its parts would make.
 */
public final class PeriodActuals {

    private PeriodActuals() {}

    /** The ledger periods to read for the actuals of these periods: each one and the months and quarters inside it. */
    public static List<Period> periodsToRead(Collection<Period> periods) {
        Set<Period> read = new LinkedHashSet<>();
        for (Period period : periods) {
            read.addAll(MeasureRollUp.periodsToRead(period));
        }
        return List.copyOf(read);
    }

    /**
     * Each period's actuals from rows read for {@link #periodsToRead(Collection)}, rolled up by the catalog's rules.
     */
    public static Map<Period, RolledUpMeasures> rolledUp(
            Collection<Period> periods, Collection<RecordedMeasure> rows, MetricCatalog catalog) {
        Map<Period, Map<MetricKey, BigDecimal>> recorded = byPeriod(rows);
        MeasureRollUp rollUp = new MeasureRollUp(catalog);
        Map<Period, RolledUpMeasures> actuals = new LinkedHashMap<>();
        for (Period period : periods) {
            actuals.put(period, rollUp.rollUp(period, recorded));
        }
        return actuals;
    }

    /** The value of each period and measure as recorded, before any roll-up. */
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
