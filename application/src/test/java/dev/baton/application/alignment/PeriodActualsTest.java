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

    private final List<RecordedMeasure> others = new ArrayList<>();

    private PeriodActualsTest recordOf(String measure, String funnel, String value) {
        others.add(new RecordedMeasure(
                Period.month(2026, 1), FunnelRef.of(funnel), MetricKey.of(measure), MeasureValue.parse(value)));
        return this;
    }

    private BigDecimal january(String measure) {
        return PeriodActuals.byPeriod(others, BuiltInMetricCatalog.instance())
                .get(Period.month(2026, 1))
                .get(MetricKey.of(measure));
    }

    @Test
    void twoFunnelsAtAnArpuOf100GiveTheOrganisationAnArpuOf100() {
        recordOf("arpu", "1", "100").recordOf("arpu", "2", "100");

        assertThat(january("arpu")).isEqualByComparingTo("100");
    }

    @Test
    void anAverageRecordedPerFunnelIsWeightedByWhatItAveragesOverInTheSameFunnel() {
        // 10 customers paying 100 and 30 paying 200: an MRR of 7,000 over 40 customers.
        recordOf("arpu", "1", "100").recordOf("paying_customers", "1", "10");
        recordOf("arpu", "2", "200").recordOf("paying_customers", "2", "30");

        assertThat(january("arpu")).isEqualByComparingTo("175");
        assertThat(january("paying_customers")).isEqualByComparingTo("40");
    }

    @Test
    void contractTermsTakeThePlainMeanAcrossFunnels() {
        recordOf("contract_months", "1", "12").recordOf("contract_months", "2", "36");

        assertThat(january("contract_months")).isEqualByComparingTo("24");
    }

    @Test
    void flowsAddUpAcrossFunnelsAndAnOrganisationWideValueStillWins() {
        recordOf("revenue", "1", "1000").recordOf("revenue", "2", "500");
        recordOf("arpu", "1", "100").recordOf("arpu", "2", "300").recordOf("arpu", "", "120");

        assertThat(january("revenue")).isEqualByComparingTo("1500");
        assertThat(january("arpu")).isEqualByComparingTo("120");
    }

    private BigDecimal quarter() {
        RolledUpMeasures measures = PeriodActuals.rolledUp(List.of(Q1), rows, BuiltInMetricCatalog.instance())
                .get(Q1);
        return measures.valueOf(MQL).orElseThrow().amount();
    }

    @Test
    void eachMonthTakesItsOrganisationWideValueOrItsFunnelsSumBeforeTheQuarterAddsThemUp() {
        record("2026-01", "", 100).record("2026-01", "1", 40); // organisation-wide wins: 100
        record("2026-02", "1", 30).record("2026-02", "2", 20); // funnels only: 50
        record("2026-03", "", 10);

        assertThat(quarter()).isEqualByComparingTo("160");
    }

    @Test
    void aQuarterRecordedOnlyPerFunnelStillWinsOverItsMonths() {
        record("2026-Q1", "1", 500).record("2026-Q1", "2", 200);
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
