package dev.baton.application.measure;

import dev.baton.domain.measure.PeriodMeasures;

public interface RecordMeasuresUseCase {

    /**
     * Records the values, overwriting what the period held for those measures; measures not named stay as they were.
     * Admins and team leads only.
     *
     * @return every value the period (and funnel) holds afterwards
     * @throws dev.baton.application.shared.InvalidInputException under the measure's key when it names no measure of
     *     the catalog
     * @throws dev.baton.application.shared.ConcurrentEditException when the sheet no longer has the version the values
     *     were entered against
     */
    PeriodMeasures record(RecordMeasuresCommand command);
}
