package dev.baton.application.fakes;

import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.period.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A ledger that counts how often the plans read it in bulk, and can run a step at each such read (a commit landing
 * while a plan is being read). Everything else goes to the ledger it wraps.
 */
public final class CountingLedger implements MeasureLedger {

    private final InMemoryLedger delegate;
    private int reads;
    private Runnable onRead = () -> {};

    public CountingLedger(InMemoryLedger delegate) {
        this.delegate = delegate;
    }

    public InMemoryLedger delegate() {
        return delegate;
    }

    public int reads() {
        return reads;
    }

    public void onRead(Runnable action) {
        onRead = action;
    }

    @Override
    public void record(Collection<RecordedMeasure> rows, Recording recording) {
        delegate.record(rows, recording);
    }

    @Override
    public long record(SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording) {
        return delegate.record(sheet, expectedVersion, rows, recording);
    }

    @Override
    public PeriodMeasures read(Period period, FunnelRef funnel) {
        return delegate.read(period, funnel);
    }

    @Override
    public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
        reads++;
        onRead.run();
        return delegate.read(periods, funnel);
    }
}
