package dev.baton.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.measure.port.MeasureLedgerContract;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The MeasureLedgerContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MeasureLedgerContractTest extends MeasureLedgerContract {

    @Inject
    MeasureLedger ledger;

    @Override
    protected MeasureLedger ledger() {
        return ledger;
    }

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    @Override
    protected void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }

    // What only a database shows: a rolled-back transaction leaves nothing, and concurrent writers race for real.
    @Test
    public void aLargeWriteSpanningSeveralBatchesIsWholeAndARolledBackOneLeavesNothing() {
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
    public void ofTwoWritersHoldingTheSameVersionExactlyOneGetsThrough() throws Exception {
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
}
