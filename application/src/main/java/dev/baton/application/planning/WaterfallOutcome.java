package dev.baton.application.planning;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.period.Period;
import dev.baton.domain.planning.Boundary;
import dev.baton.domain.planning.FunnelHistory;
import dev.baton.domain.planning.Rate;
import dev.baton.domain.planning.Waterfall;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A planned waterfall: the funnel and period, the months its history was read from, the rates used per boundary (each
 * with its source), the requirements per stage, the proposed targets, and the alignment report of the period before
 * and with the proposed targets in place. Nothing was saved.
 */
public record WaterfallOutcome(
        StoredFunnel funnel,
        Period period,
        FunnelHistory history,
        Waterfall waterfall,
        Map<Boundary, Rate> rates,
        List<ProposedTargetLine> proposedTargets,
        AlignmentOutcome before,
        AlignmentOutcome after) {

    public WaterfallOutcome {
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(waterfall, "waterfall");
        rates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rates));
        proposedTargets = List.copyOf(proposedTargets);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
