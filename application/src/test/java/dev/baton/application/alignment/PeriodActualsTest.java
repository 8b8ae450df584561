package dev.baton.application.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodActualsTest {

    private static final Period Q1 = Period.quarter(2026, 1);
    private static final MetricKey MQL = MetricKey.stageEntries("mql");

    private final List<RecordedMeasure> rows = new ArrayList<>();

    private PeriodActualsTest record(String period, String funnel, long value) {
        rows.add(new RecordedMeasure(Period.parse(period), FunnelRef.of(funnel), MQL, MeasureValue.of(value)));
        return this;
    }

    private BigDecimal quarter() {
        RolledUpMeasures measures = PeriodActuals.rolledUp(List.of(Q1), rows, BuiltInMetricCatalog.instance())
                .get(Q1);
        return measures.valueOf(MQL).orElseThrow().amount();
    }

    @Test
    void eachMonthTakesItsOrganisationWideValueOrItsFunnelsSumBeforeTheQuarterAddsThemUp() {
        record("2026-01", "", 100).record("2026-01", "Product A", 40); // organisation-wide wins: 100
        record("2026-02", "Product A", 30).record("2026-02", "Product B", 20); // funnels only: 50
        record("2026-03", "", 10);

        assertThat(quarter()).isEqualByComparingTo("160");
    }

    @Test
    void aQuarterRecordedOnlyPerFunnelStillWinsOverItsMonths() {
        record("2026-Q1", "Product A", 500).record("2026-Q1", "Product B", 200);
        record("2026-01", "", 100);

        assertThat(quarter()).isEqualByComparingTo("700");
    }

    @Test
    void theLedgerIsReadForEachPeriodAndEverythingItRollsUpFromOnce() {
        assertThat(PeriodActuals.periodsToRead(List.of(Q1, Period.quarter(2026, 2), Period.year(2026))))
                .hasSize(17)
                .doesNotHaveDuplicates()
                .startsWith(Q1, Period.month(2026, 1));
    }
}
