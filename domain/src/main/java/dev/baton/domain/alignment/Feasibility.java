package dev.baton.domain.alignment;

import dev.baton.domain.period.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What interval propagation found: the empty intervals (targets that cannot all be met), the final interval of every
 * quantity per period, and the ranges implied for metrics without a target.
 */
final class Feasibility {

    /** A quantity whose interval came out empty: {@code interval.lo > interval.hi}. */
    record Conflict(Period period, Variable variable, Interval interval) {}

    private final List<Conflict> conflicts;
    private final Map<Period, Map<Variable, Interval>> intervals;
    private final List<ImpliedRange> impliedRanges;

    Feasibility(
            List<Conflict> conflicts,
            Map<Period, Map<Variable, Interval>> intervals,
            List<ImpliedRange> impliedRanges) {
        this.conflicts = List.copyOf(conflicts);
        this.intervals = intervals;
        this.impliedRanges = List.copyOf(impliedRanges);
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    /** The interval of a quantity in a period, unless it was not part of the network or ran into a conflict. */
    Optional<Interval> interval(Period period, Variable variable) {
        return Optional.ofNullable(intervals.getOrDefault(period, Map.of()).get(variable));
    }

    List<ImpliedRange> impliedRanges() {
        return impliedRanges;
    }
}
