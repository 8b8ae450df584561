package dev.baton.application.measure;

import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.period.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where recorded measures are kept: one value per period, funnel and measure, the latest recording winning. */
public interface MeasureLedger {

    /**
     * Writes every row, inserting new slots and overwriting recorded ones, within the caller's transaction. Rows must
     * name distinct slots. Large collections are written in batches, so a 100,000-row import costs seconds.
     */
    void record(Collection<RecordedMeasure> rows, Recording recording);

    /** The values of one period, organisation-wide or in one funnel; empty when nothing was recorded. */
    PeriodMeasures read(Period period, FunnelRef funnel);

    /**
     * The values of several periods at once, in one query, in {@link RecordedMeasure#LEDGER_ORDER}: for trends and
     * exports. With a funnel, only that funnel's rows (the organisation-wide ones for {@link FunnelRef#ORGANISATION});
     * without, every funnel's.
     */
    List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel);
}
