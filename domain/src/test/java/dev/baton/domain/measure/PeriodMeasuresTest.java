package dev.baton.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PeriodMeasuresTest {

    private static final MetricKey REVENUE = MetricKey.of("revenue");
    private static final MetricKey ORDERS = MetricKey.of("orders");

    @Test
    void newValuesAreWrittenOverTheRecordedOnesAndTheRestStays() {
        PeriodMeasures recorded = new PeriodMeasures(
                Period.month(2026, 9),
                FunnelRef.ORGANISATION,
                new TreeMap<>(Map.of(REVENUE, MeasureValue.of(1), ORDERS, MeasureValue.of(2))),
                3);

        PeriodMeasures after = recorded.with(Map.of(REVENUE, MeasureValue.of(1_800_000)), 4);

        assertThat(after.valueOf(REVENUE)).contains(MeasureValue.of(1_800_000));
        assertThat(after.valueOf(ORDERS)).contains(MeasureValue.of(2));
        assertThat(after.version()).isEqualTo(4);
        assertThat(recorded.valueOf(REVENUE)).contains(MeasureValue.of(1));
        assertThat(recorded.version()).isEqualTo(3);
    }

    @Test
    void anEmptySheetHasNotBeenRecordedYetAndAVersionIsNeverNegative() {
        PeriodMeasures empty = PeriodMeasures.empty(Period.month(2026, 9), FunnelRef.of(7));

        assertThat(empty.version()).isZero();
        assertThat(empty.sheet()).isEqualTo(new SheetRef(Period.month(2026, 9), FunnelRef.of(7)));
        assertThatThrownBy(() -> new PeriodMeasures(Period.month(2026, 9), FunnelRef.ORGANISATION, new TreeMap<>(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetsOrderByPeriodThenFunnelAndEveryRowKnowsItsSheet() {
        SheetRef eu = new SheetRef(Period.month(2026, 1), FunnelRef.of(7));
        SheetRef organisation = new SheetRef(Period.month(2026, 1), FunnelRef.ORGANISATION);
        SheetRef quarter = new SheetRef(Period.quarter(2026, 1), FunnelRef.of(7));

        assertThat(List.of(eu, organisation, quarter).stream().sorted().toList())
                .containsExactly(quarter, organisation, eu);
        assertThat(new RecordedMeasure(Period.month(2026, 1), FunnelRef.of(7), ORDERS, MeasureValue.of(1)).sheet())
                .isEqualTo(eu);
        assertThat(eu).hasToString("2026-01 (funnel 7)");
        assertThat(organisation).hasToString("2026-01");
    }

    @Test
    void theAmountsAreWhatMetricsAreComputedFrom() {
        PeriodMeasures measures = PeriodMeasures.empty(Period.month(2026, 9), FunnelRef.ORGANISATION)
                .with(Map.of(REVENUE, MeasureValue.of(1_800_000), ORDERS, MeasureValue.of(360)), 1);

        assertThat(measures.amounts())
                .containsEntry(REVENUE, BigDecimal.valueOf(1_800_000))
                .containsEntry(ORDERS, BigDecimal.valueOf(360));
        assertThat(List.copyOf(measures.values().keySet())).containsExactly(ORDERS, REVENUE);
    }

    @Test
    void theLedgerOrdersByPeriodThenFunnelThenMeasure() {
        RecordedMeasure quarter =
                new RecordedMeasure(Period.quarter(2026, 1), FunnelRef.ORGANISATION, ORDERS, MeasureValue.of(1));
        RecordedMeasure month =
                new RecordedMeasure(Period.month(2026, 1), FunnelRef.ORGANISATION, REVENUE, MeasureValue.of(1));
        RecordedMeasure monthInFunnel =
                new RecordedMeasure(Period.month(2026, 1), FunnelRef.of(3), ORDERS, MeasureValue.of(1));
        RecordedMeasure monthOrders =
                new RecordedMeasure(Period.month(2026, 1), FunnelRef.ORGANISATION, ORDERS, MeasureValue.of(1));

        assertThat(List.of(monthInFunnel, month, quarter, monthOrders).stream()
                        .sorted(RecordedMeasure.LEDGER_ORDER)
                        .toList())
                .containsExactly(quarter, monthOrders, month, monthInFunnel);
    }
}
