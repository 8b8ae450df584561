package dev.baton.application.fakes;

import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Adopted plans in a map by funnel and period, replaced on save as the PostgreSQL adapter does ({@code AdoptedPlansContract}). */
public final class InMemoryAdoptedPlans implements AdoptedPlans {

    private final Map<String, AdoptedPlan> plans = new TreeMap<>();

    private static String key(long funnel, Period period) {
        return funnel + "/" + period.format();
    }

    @Override
    public void save(AdoptedPlan plan) {
        plans.put(key(plan.funnel(), plan.period()), asStored(plan));
    }

    /** The plan as the adapter reads it back: its numbers without trailing zeros, as {@code numeric} returns them. */
    private static AdoptedPlan asStored(AdoptedPlan plan) {
        return new AdoptedPlan(
                plan.funnel(),
                plan.period(),
                plan.goalMetric(),
                plan.goalValue().stripTrailingZeros(),
                plan.deals(),
                plan.stages().stream()
                        .map(s -> new AdoptedPlan.Requirement(
                                s.stage(),
                                s.team(),
                                s.required(),
                                s.rateToNext().map(BigDecimal::stripTrailingZeros),
                                s.rateSource()))
                        .toList(),
                plan.adoptedBy(),
                plan.adoptedAt());
    }

    @Override
    public Optional<AdoptedPlan> find(long funnel, Period period) {
        return Optional.ofNullable(plans.get(key(funnel, period)));
    }

    @Override
    public List<AdoptedPlan> inPeriod(Period period) {
        return plans.values().stream()
                .filter(p -> p.period().equals(period))
                .sorted(Comparator.comparingLong(AdoptedPlan::funnel))
                .toList();
    }
}
