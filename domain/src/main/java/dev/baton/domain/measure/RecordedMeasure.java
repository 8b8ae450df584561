package dev.baton.domain.measure;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.util.Comparator;
import java.util.Objects;

/** One number of the ledger: a measure's value in a period, organisation-wide or in one funnel. */
public record RecordedMeasure(Period period, FunnelRef funnel, MetricKey measure, MeasureValue value) {

    /** Period, then funnel (organisation-wide first), then measure key: the order of an export. */
    public static final Comparator<RecordedMeasure> LEDGER_ORDER = Comparator.comparing(RecordedMeasure::period)
            .thenComparing(RecordedMeasure::funnel)
            .thenComparing(RecordedMeasure::measure);

    public RecordedMeasure {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
    }

    /** What identifies the row: two rows with the same slot cannot both be recorded at once. */
    public Slot slot() {
        return new Slot(period, funnel, measure);
    }

    /** The sheet the row belongs to, whose version a recording moves on. */
    public SheetRef sheet() {
        return new SheetRef(period, funnel);
    }

    public record Slot(Period period, FunnelRef funnel, MetricKey measure) {}
}
