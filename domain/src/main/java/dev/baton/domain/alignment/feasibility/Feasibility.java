package dev.baton.domain.alignment.feasibility;

import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What interval propagation found: the empty intervals (targets that cannot all be met, one per independent
 * conflict), the final interval of every quantity per period once the conflicting premises are set aside, the ranges
 * implied for metrics without a target, the periods whose propagation stopped at its revision cap before it settled,
 * and, where an actual was set aside in a conflict, what the actuals alone imply.
 */
public final class Feasibility {

    /** A quantity whose interval came out empty: {@code interval.lo > interval.hi}. */
    public record Conflict(Period period, Variable variable, Interval interval) {}

    /**
     * A period whose propagation stopped at the revision cap while a formula could still narrow: conflicts among its
     * targets may be missed and its implied ranges may be wider than the targets allow.
     */
    public record Unsettled(Period period, Variable at, List<KpiTarget> targets) {
        public Unsettled {
            targets = List.copyOf(targets);
        }
    }

    private final List<Conflict> conflicts;
    /** Each quantity's dense number: its place in the arrays of {@link #intervals} and {@link #actualIntervals}. */
    private final Map<Variable, Integer> variables;

    private final Map<Period, Interval[]> intervals;
    private final List<ImpliedRange> impliedRanges;
    private final Map<Period, Unsettled> unsettled;
    private final Map<Period, Interval[]> actualIntervals;

    Feasibility(
            List<Conflict> conflicts,
            Map<Variable, Integer> variables,
            Map<Period, Interval[]> intervals,
            List<ImpliedRange> impliedRanges,
            Map<Period, Unsettled> unsettled,
            Map<Period, Interval[]> actualIntervals) {
        this.conflicts = List.copyOf(conflicts);
        this.variables = variables;
        this.intervals = intervals;
        this.impliedRanges = List.copyOf(impliedRanges);
        this.unsettled = Map.copyOf(unsettled);
        this.actualIntervals = actualIntervals;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * The interval of a quantity in a period, with the premises of every conflict set aside, unless it was not part of
     * the network.
     */
    public Optional<Interval> interval(Period period, Variable variable) {
        return find(intervals, period, variable);
    }

    /**
     * The interval the period's actuals alone give a quantity, when some actual was set aside in a conflict (and so is
     * missing from {@link #interval}).
     */
    public Optional<Interval> fromActualsAlone(Period period, Variable variable) {
        return find(actualIntervals, period, variable);
    }

    private Optional<Interval> find(Map<Period, Interval[]> byPeriod, Period period, Variable variable) {
        Interval[] all = byPeriod.get(period);
        Integer id = all == null ? null : variables.get(variable);
        return id == null || id >= all.length ? Optional.empty() : Optional.ofNullable(all[id]);
    }

    public List<ImpliedRange> impliedRanges() {
        return impliedRanges;
    }

    /** The period's propagation, if it stopped at the revision cap before it settled. */
    public Optional<Unsettled> unsettled(Period period) {
        return Optional.ofNullable(unsettled.get(period));
    }
}
