package dev.baton.application.measure;

import dev.baton.domain.measure.RecordedMeasure;
import java.util.List;

public interface ExportMeasuresUseCase {

    /** The recorded values of the span, in {@link RecordedMeasure#LEDGER_ORDER}; {@link MeasureCsv#write} makes a file. */
    List<RecordedMeasure> export(ExportMeasuresQuery query);
}
