package dev.baton.application.measure;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.metric.MetricDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One period's measure sheet as the measures page shows it, read in one transaction: what is recorded (empty when the
 * period or funnel asked for was refused, and why), the catalog's measures the form names and offers, the funnels a
 * sheet may belong to, and whether the reader may record.
 */
public record MeasureSheet(
        Optional<PeriodMeasures> recorded,
        List<FieldError> refused,
        List<MetricDefinition> measures,
        List<StoredFunnel> funnels,
        boolean mayRecord) {

    public MeasureSheet {
        Objects.requireNonNull(recorded, "recorded");
        refused = List.copyOf(refused);
        measures = List.copyOf(measures);
        funnels = List.copyOf(funnels);
        if (recorded.isPresent() == !refused.isEmpty()) {
            throw new IllegalArgumentException("a sheet is either recorded or refused");
        }
    }
}
