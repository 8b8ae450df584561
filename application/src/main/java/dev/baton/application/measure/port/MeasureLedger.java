package dev.baton.application.measure.port;

import dev.baton.application.measure.Recording;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.period.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where recorded measures are kept: one value per period, funnel and measure. Values are grouped in sheets (a period,
 * organisation-wide or in one funnel), each with a version that every write moves on.
 */
public interface MeasureLedger {

    /**
     * Writes every row, inserting new slots and overwriting recorded ones, within the caller's transaction, and moves on
     * the version of every sheet the rows touch, whatever it was: an import overwrites on purpose, and a form opened
     * before it is refused afterwards. Rows must name distinct slots. Large collections are written in batches, so a
     * 100,000-row import costs seconds.
     */
    void record(Collection<RecordedMeasure> rows, Recording recording);

    /**
     * Writes the rows of one sheet when it still has {@code expectedVersion} (0: nothing recorded yet), within the
     * caller's transaction. The check and the move are one statement, so of two writers holding the same version
     * exactly one gets through, on every instance.
     *
     * @return the sheet's new version
     * @throws dev.baton.application.shared.ConcurrentEditException when the sheet has another version; nothing is
     *     written
     */
    long record(SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording);

    /** The values of one period, organisation-wide or in one funnel, with the sheet's version; empty when none. */
    PeriodMeasures read(Period period, FunnelRef funnel);

    /**
     * The values of several periods at once, in one query, in {@link RecordedMeasure#LEDGER_ORDER}: for trends and
     * exports. With a funnel, only that funnel's rows (the organisation-wide ones for {@link FunnelRef#ORGANISATION});
     * without, every funnel's.
     */
    List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel);
}
