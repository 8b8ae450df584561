package dev.baton.domain.measure;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes a period's measures out of what was recorded: a measure's value for a period is the one recorded for that
 * period if there is one; otherwise a quarter combines its months and a year its quarters (each recorded or itself
 * combined from its months), by the measure's {@link RollUp}. Parts without a value are left out, and the result
 * counts the months it covers, so a running quarter has its value to date. A measure that does not roll up has no
 * value unless recorded for the period itself.
 *
 * <p>It takes one value per period and measure: how organisation-wide and per-funnel values make that value is decided
 * before, period by period.
 */
public final class MeasureRollUp {

    private final MetricCatalog catalog;

    public MeasureRollUp(MetricCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The periods a period's measures are made from: itself and, recursively, its parts (a year: 1 + 4 + 12). */
    public static List<Period> periodsToRead(Period period) {
        List<Period> periods = new ArrayList<>();
        periods.add(period);
        for (Period part : period.parts()) {
            periods.addAll(periodsToRead(part));
        }
        return periods;
    }

    /**
     * @param recorded each period's value per measure; periods other than {@link #periodsToRead(Period)} are ignored
     */
    public RolledUpMeasures rollUp(Period period, Map<Period, ? extends Map<MetricKey, BigDecimal>> recorded) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(recorded, "recorded");
        Set<MetricKey> keys = new TreeSet<>();
        for (Period read : periodsToRead(period)) {
            Map<MetricKey, BigDecimal> values = recorded.get(read);
            if (values != null) {
                keys.addAll(values.keySet());
            }
        }
        Map<MetricKey, RolledUpMeasure> values = new TreeMap<>();
        Set<MetricKey> notRolledUp = new TreeSet<>();
        for (MetricKey key : keys) {
            Optional<RolledUpMeasure> value = valueOf(key, rollUpOf(key), period, recorded);
            if (value.isPresent()) {
                values.put(key, value.get());
            } else {
                // Some part holds the key (that is how it was found), so only a measure that does not roll up is left.
                notRolledUp.add(key);
            }
        }
        return new RolledUpMeasures(period, values, notRolledUp);
    }

    private RollUp rollUpOf(MetricKey key) {
        return catalog.find(key).map(MetricDefinition::rollUp).orElse(RollUp.NONE);
    }

    private static Optional<RolledUpMeasure> valueOf(
            MetricKey key, RollUp rollUp, Period period, Map<Period, ? extends Map<MetricKey, BigDecimal>> recorded) {
        Map<MetricKey, BigDecimal> own = recorded.get(period);
        if (own != null && own.containsKey(key)) {
            return Optional.of(new RolledUpMeasure(own.get(key), Coverage.whole(period)));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        int months = 0;
        for (Period part : period.parts()) {
            Optional<RolledUpMeasure> value = valueOf(key, rollUp, part, recorded);
            if (value.isPresent()) {
                amounts.add(value.get().amount());
                months += value.get().coverage().months();
            }
        }
        int covered = months;
        return rollUp.combine(amounts)
                .map(amount -> new RolledUpMeasure(
                        amount, new Coverage(covered, period.granularity().months())));
    }
}
