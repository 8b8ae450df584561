package dev.baton.application.fakes;

import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.period.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger in memory: one value per slot, and a version per sheet that every write moves on. */
public final class InMemoryLedger implements MeasureLedger {

    private final Map<RecordedMeasure.Slot, RecordedMeasure> rows = new LinkedHashMap<>();
    private final Map<SheetRef, Long> versions = new HashMap<>();
    public int writes;

    @Override
    public void record(Collection<RecordedMeasure> written, Recording recording) {
        writes++;
        for (RecordedMeasure row : written) {
            rows.put(row.slot(), row);
            versions.merge(row.sheet(), 1L, Long::sum);
        }
    }

    @Override
    public long record(SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> written, Recording recording) {
        record(written, recording);
        return versions.getOrDefault(sheet, 0L);
    }

    @Override
    public PeriodMeasures read(Period period, FunnelRef funnel) {
        throw new UnsupportedOperationException("not needed by the services tested over this fake");
    }

    @Override
    public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
        List<RecordedMeasure> found = new ArrayList<>();
        for (RecordedMeasure row : rows.values()) {
            if (periods.contains(row.period())
                    && funnel.map(f -> f.equals(row.funnel())).orElse(true)) {
                found.add(row);
            }
        }
        found.sort(RecordedMeasure.LEDGER_ORDER);
        return found;
    }

    public long version(SheetRef sheet) {
        return versions.getOrDefault(sheet, 0L);
    }
}
