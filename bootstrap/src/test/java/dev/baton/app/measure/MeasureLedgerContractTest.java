package dev.baton.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The contract every MeasureLedger keeps, checked against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MeasureLedgerContractTest {

    private static final Recording NOW = new Recording(Instant.parse("2026-11-22T10:00:00Z"), "contract-test");
    private static final MetricKey REVENUE = MetricKey.of("revenue");
    private static final MetricKey ORDERS = MetricKey.of("orders");

    @Inject
    MeasureLedger ledger;

    /** Funnel ids far above those the other tests create, so no test reads another's values. */
    private static final AtomicLong FUNNEL_IDS = new AtomicLong(4_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private static FunnelRef aFunnel() {
        return FunnelRef.of(FUNNEL_IDS.incrementAndGet());
    }

    private static RecordedMeasure row(String period, FunnelRef funnel, MetricKey key, String value) {
        return new RecordedMeasure(Period.parse(period), funnel, key, MeasureValue.of(new BigDecimal(value)));
    }

    private void record(List<RecordedMeasure> rows) {
        QuarkusTransaction.requiringNew().run(() -> ledger.record(rows, NOW));
    }

    private PeriodMeasures read(String period, FunnelRef funnel) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.read(Period.parse(period), funnel));
    }

    @Test
    void recordedValuesAreReadBackExactly() {
        FunnelRef funnel = aFunnel();
        record(List.of(
                row("2026-09", funnel, REVENUE, "1800000.0000000001"),
                row("2026-09", funnel, ORDERS, "360"),
                row("2026-10", funnel, ORDERS, "1")));

        PeriodMeasures read = read("2026-09", funnel);

        assertThat(read.period()).isEqualTo(Period.month(2026, 9));
        assertThat(read.values()).containsOnlyKeys(ORDERS, REVENUE);
        assertThat(read.valueOf(REVENUE)).contains(MeasureValue.of(new BigDecimal("1800000.0000000001")));
        assertThat(read.valueOf(ORDERS)).contains(MeasureValue.of(360));
    }

    @Test
    void recordingASlotAgainOverwritesItsValue() {
        FunnelRef funnel = aFunnel();
        record(List.of(row("2026-Q3", funnel, ORDERS, "1"), row("2026-Q3", funnel, REVENUE, "5")));
        record(List.of(row("2026-Q3", funnel, ORDERS, "2")));

        assertThat(read("2026-Q3", funnel).values())
                .containsEntry(ORDERS, MeasureValue.of(2))
                .containsEntry(REVENUE, MeasureValue.of(5));
    }

    @Test
    void funnelsAndTheOrganisationKeepTheirOwnValues() {
        FunnelRef one = aFunnel();
        FunnelRef two = aFunnel();
        record(List.of(row("2031-01", one, ORDERS, "1"), row("2031-01", two, ORDERS, "2")));

        assertThat(read("2031-01", one).valueOf(ORDERS)).contains(MeasureValue.of(1));
        assertThat(read("2031-01", two).valueOf(ORDERS)).contains(MeasureValue.of(2));
    }

    @Test
    void theOrganisationIsASheetApartFromEveryFunnelAndComesFirstInLedgerOrder() {
        FunnelRef funnel = aFunnel();
        // 2151 lies beyond every other test's periods, so the organisation-wide sheet there is this test's own.
        record(List.of(
                row("2151-01", funnel, ORDERS, "2"),
                row("2151-01", FunnelRef.ORGANISATION, ORDERS, "1"),
                row("2151-01", FunnelRef.ORGANISATION, REVENUE, "5")));

        assertThat(read("2151-01", FunnelRef.ORGANISATION).values())
                .containsOnlyKeys(ORDERS, REVENUE)
                .containsEntry(ORDERS, MeasureValue.of(1));
        assertThat(read("2151-01", funnel).values()).containsOnlyKeys(ORDERS).containsEntry(ORDERS, MeasureValue.of(2));
        List<Period> periods = List.of(Period.parse("2151-01"));
        // Other tests may record into other funnels in 2151 too (the fuzz picks periods at random): only ours count
        // here.
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.read(periods, Optional.empty())))
                .filteredOn(r ->
                        r.funnel().equals(FunnelRef.ORGANISATION) || r.funnel().equals(funnel))
                .extracting(r -> r.funnel() + " " + r.measure())
                .containsExactly(" orders", " revenue", funnel.id() + " orders");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ledger.read(periods, Optional.of(FunnelRef.ORGANISATION))))
                .extracting(RecordedMeasure::funnel)
                .containsOnly(FunnelRef.ORGANISATION);
    }

    @Test
    void severalPeriodsAreReadAtOnceInLedgerOrder() {
        FunnelRef funnel = aFunnel();
        record(List.of(
                row("2026-02", funnel, ORDERS, "2"),
                row("2026-01", funnel, REVENUE, "1"),
                row("2026-01", funnel, ORDERS, "1"),
                row("2026-Q1", funnel, ORDERS, "3"),
                row("2026-03", funnel, ORDERS, "4")));

        List<RecordedMeasure> read = QuarkusTransaction.requiringNew()
                .call(() -> ledger.read(
                        List.of(Period.parse("2026-01"), Period.parse("2026-02"), Period.parse("2026-Q1")),
                        Optional.of(funnel)));

        assertThat(read)
                .extracting(r -> r.period() + " " + r.measure() + " " + r.value())
                .containsExactly("2026-Q1 orders 3", "2026-01 orders 1", "2026-01 revenue 1", "2026-02 orders 2");
    }

    @Test
    void aLargeWriteSpanningSeveralBatchesIsWholeAndARolledBackOneLeavesNothing() {
        FunnelRef funnel = aFunnel();
        List<RecordedMeasure> rows = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            rows.add(row(Period.month(2100, 1).format(), funnel, MetricKey.stageEntries("s" + i), Integer.toString(i)));
        }
        record(rows);
        assertThat(read("2100-01", funnel).values()).hasSize(25_000);

        FunnelRef other = aFunnel();
        List<RecordedMeasure> doomed = rows.stream()
                .map(r -> new RecordedMeasure(r.period(), other, r.measure(), r.value()))
                .toList();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    ledger.record(doomed, NOW);
                    throw new IllegalStateException("the use case fails after writing");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(read("2100-01", other).isEmpty()).isTrue();
    }

    @Test
    void aSheetStartsAtVersionZeroAndEveryWriteMovesItOn() {
        FunnelRef funnel = aFunnel();
        assertThat(read("2026-09", funnel).version()).isZero();

        long first = recordSheet("2026-09", funnel, 0, row("2026-09", funnel, ORDERS, "1"));
        long second = recordSheet("2026-09", funnel, first, row("2026-09", funnel, ORDERS, "2"));
        record(List.of(row("2026-09", funnel, REVENUE, "5"), row("2026-10", funnel, REVENUE, "5")));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(read("2026-09", funnel).version()).isEqualTo(3);
        assertThat(read("2026-10", funnel).version()).isEqualTo(1);
        assertThat(read("2026-09", funnel).valueOf(ORDERS)).contains(MeasureValue.of(2));
    }

    @Test
    void aWriteFromAStaleVersionIsRefusedAndWritesNothing() {
        FunnelRef funnel = aFunnel();
        long first = recordSheet("2026-09", funnel, 0, row("2026-09", funnel, ORDERS, "1"));
        recordSheet("2026-09", funnel, first, row("2026-09", funnel, ORDERS, "2"));

        assertThatThrownBy(() -> recordSheet("2026-09", funnel, first, row("2026-09", funnel, ORDERS, "99")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("2026-09 (funnel " + funnel.id() + ")");
        assertThatThrownBy(() -> recordSheet("2026-09", funnel, 0, row("2026-09", funnel, REVENUE, "99")))
                .isInstanceOf(ConcurrentEditException.class);

        PeriodMeasures after = read("2026-09", funnel);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.values()).containsOnlyKeys(ORDERS).containsEntry(ORDERS, MeasureValue.of(2));
    }

    @Test
    void ofTwoWritersHoldingTheSameVersionExactlyOneGetsThrough() throws Exception {
        FunnelRef funnel = aFunnel();
        long version = recordSheet("2026-09", funnel, 0, row("2026-09", funnel, ORDERS, "1"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String value = Integer.toString(10 + i);
                writers.add(pool.submit(() -> {
                    try {
                        recordSheet("2026-09", funnel, version, row("2026-09", funnel, ORDERS, value));
                        return true;
                    } catch (ConcurrentEditException e) {
                        return false;
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> writer : writers) {
                won += writer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(read("2026-09", funnel).version()).isEqualTo(2);
    }

    private long recordSheet(String period, FunnelRef funnel, long expected, RecordedMeasure row) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ledger.record(new SheetRef(Period.parse(period), funnel), expected, List.of(row), NOW));
    }
}
