package dev.baton.application.fakes;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures kept in memory in sheets, keeping the PostgreSQL adapter's contract: an import moves on every sheet it
 * touches, a form's write goes through only from the version it read, and reads come in ledger order.
 */
public final class InMemoryLedger implements MeasureLedger {

    private final Map<SheetRef, TreeMap<MetricKey, MeasureValue>> values = new HashMap<>();
    private final Map<SheetRef, Long> versions = new HashMap<>();
    /** Every recording that wrote, in order: who and when. */
    public final List<Recording> recordings = new ArrayList<>();

    @Override
    public void record(Collection<RecordedMeasure> rows, Recording recording) {
        if (rows.isEmpty()) {
            return;
        }
        rows.stream().map(RecordedMeasure::sheet).distinct().forEach(s -> versions.merge(s, 1L, Long::sum));
        write(rows, recording);
    }

    @Override
    public long record(SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording) {
        if (rows.stream().anyMatch(row -> !row.sheet().equals(sheet))) {
            throw new IllegalArgumentException("every row must belong to the sheet " + sheet);
        }
        if (versions.getOrDefault(sheet, 0L) != expectedVersion) {
            throw new ConcurrentEditException("measure sheet", sheet);
        }
        versions.put(sheet, expectedVersion + 1);
        write(rows, recording);
        return expectedVersion + 1;
    }

    private void write(Collection<RecordedMeasure> rows, Recording recording) {
        rows.forEach(
                row -> values.computeIfAbsent(row.sheet(), s -> new TreeMap<>()).put(row.measure(), row.value()));
        recordings.add(recording);
    }

    @Override
    public PeriodMeasures read(Period period, FunnelRef funnel) {
        SheetRef sheet = new SheetRef(period, funnel);
        return new PeriodMeasures(
                period,
                funnel,
                new TreeMap<>(values.getOrDefault(sheet, new TreeMap<>())),
                versions.getOrDefault(sheet, 0L));
    }

    @Override
    public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
        List<RecordedMeasure> rows = new ArrayList<>();
        values.forEach((sheet, measures) -> {
            if (periods.contains(sheet.period())
                    && funnel.map(sheet.funnel()::equals).orElse(true)) {
                measures.forEach((measure, value) ->
                        rows.add(new RecordedMeasure(sheet.period(), sheet.funnel(), measure, value)));
            }
        });
        rows.sort(RecordedMeasure.LEDGER_ORDER);
        return rows;
    }

    /** The sheet's version now: 0 until its first write. */
    public long version(SheetRef sheet) {
        return versions.getOrDefault(sheet, 0L);
    }
}
