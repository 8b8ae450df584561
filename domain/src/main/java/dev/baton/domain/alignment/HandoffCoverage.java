package dev.baton.domain.alignment;

import dev.baton.domain.funnel.Handoff;
import java.util.List;
import java.util.Objects;

/** A handoff of a funnel and the metrics its two teams share in the period (none: the baton is dropped). */
public record HandoffCoverage(String funnel, Handoff handoff, List<MetricSlot> sharedMetrics) {

    public HandoffCoverage {
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(handoff, "handoff");
        sharedMetrics = List.copyOf(sharedMetrics);
    }

    public boolean covered() {
        return !sharedMetrics.isEmpty();
    }
}
