package dev.baton.application.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.measure.MeasureRollUp;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which actuals the alignment rules may hold against the targets, on 15 November 2026. */
class StoredPlansTest {

    private static final MetricKey LEADS = MetricKey.of("leads");
    private static final MetricKey REVENUE = MetricKey.of("revenue");

    // Only the clock is used by the methods under test; the stores stay out of it.
    private final StoredPlans plans =
            new StoredPlans(null, null, null, null, Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC));

    private final Map<Period, Map<MetricKey, BigDecimal>> recorded = new HashMap<>();

    private RolledUpMeasures measuresOf(Period period) {
        return new MeasureRollUp(BuiltInMetricCatalog.instance()).rollUp(period, recorded);
    }

    private void record(String period, MetricKey measure, long value) {
        recorded.computeIfAbsent(Period.parse(period), p -> new HashMap<>()).put(measure, BigDecimal.valueOf(value));
    }

    @Test
    void anEndedQuarterGivesTheRulesTheMeasuresThatCoverAllOfIt() {
        record("2026-07", LEADS, 100);
        record("2026-08", LEADS, 100);
        record("2026-09", LEADS, 100);
        record("2026-09", REVENUE, 5000);

        assertThat(plans.settledActuals(measuresOf(Period.quarter(2026, 3))))
                .containsOnlyKeys(LEADS)
                .containsEntry(LEADS, BigDecimal.valueOf(300));
    }

    @Test
    void aRunningPeriodGivesTheRulesNothingSinceItsValuesAreOnlySoFar() {
        record("2026-Q4", LEADS, 900);
        record("2026-11", REVENUE, 5000);

        assertThat(plans.isRunning(Period.quarter(2026, 4))).isTrue();
        assertThat(plans.settledActuals(measuresOf(Period.quarter(2026, 4)))).isEmpty();
        assertThat(plans.settledActuals(measuresOf(Period.month(2026, 11)))).isEmpty();
        assertThat(plans.isRunning(Period.month(2026, 10))).isFalse();
    }
}
