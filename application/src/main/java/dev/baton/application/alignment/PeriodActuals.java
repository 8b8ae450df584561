package dev.baton.application.alignment;

import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureRollUp;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * period's value and a measure recorded only per funnel combines the funnels' values by its own rule
 * ({@link AcrossFunnels}): stage entries of two product lines add up, their ARPU takes the mean weighted by their
 * paying customers and is never added. Then a quarter or a year without a value of its own rolls up from its months and quarters
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
        Map<Period, Map<MetricKey, BigDecimal>> recorded = byPeriod(rows, catalog);
        MeasureRollUp rollUp = new MeasureRollUp(catalog);
        Map<Period, RolledUpMeasures> actuals = new LinkedHashMap<>();
        for (Period period : periods) {
            actuals.put(period, rollUp.rollUp(period, recorded));
        }
        return actuals;
    }

    /**
     * The value of each period and measure as recorded, before any roll-up: the organisation-wide value where there is
     * one, otherwise the funnels' values combined by the measure's {@link AcrossFunnels} rule (flows and stocks add up,
     * averages take a weighted or plain mean; a measure the catalog does not know adds up).
     */
    public static Map<Period, Map<MetricKey, BigDecimal>> byPeriod(
            Collection<RecordedMeasure> rows, MetricCatalog catalog) {
        Map<Period, Map<MetricKey, BigDecimal>> organisation = new HashMap<>();
        // period → funnel → measure → value
        Map<Period, Map<FunnelRef, Map<MetricKey, BigDecimal>>> funnels = new HashMap<>();
        for (RecordedMeasure row : rows) {
            if (row.funnel().organisationWide()) {
                organisation
                        .computeIfAbsent(row.period(), p -> new TreeMap<>())
                        .put(row.measure(), row.value().amount());
            } else {
                funnels.computeIfAbsent(row.period(), p -> new TreeMap<>())
                        .computeIfAbsent(row.funnel(), f -> new TreeMap<>())
                        .put(row.measure(), row.value().amount());
            }
        }
        Map<Period, Map<MetricKey, BigDecimal>> merged = new HashMap<>();
        funnels.forEach((period, sheets) -> merged.put(period, acrossFunnels(sheets, catalog)));
        organisation.forEach((period, values) ->
                merged.computeIfAbsent(period, p -> new TreeMap<>()).putAll(values));
        return merged;
    }

    private static Map<MetricKey, BigDecimal> acrossFunnels(
            Map<FunnelRef, Map<MetricKey, BigDecimal>> sheets, MetricCatalog catalog) {
        Map<MetricKey, List<Map<MetricKey, BigDecimal>>> holding = new TreeMap<>();
        sheets.values()
                .forEach(sheet -> sheet.keySet().forEach(key -> holding.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(sheet)));
        Map<MetricKey, BigDecimal> combined = new TreeMap<>();
        holding.forEach((key, withValue) -> {
            AcrossFunnels rule =
                    catalog.find(key).map(MetricDefinition::acrossFunnels).orElse(AcrossFunnels.SUM);
            List<AcrossFunnels.Part> parts = new ArrayList<>();
            for (Map<MetricKey, BigDecimal> sheet : withValue) {
                parts.add(new AcrossFunnels.Part(sheet.get(key), rule.weight().map(sheet::get)));
            }
            rule.combine(parts).ifPresent(value -> combined.put(key, value));
        });
        return combined;
    }
}
