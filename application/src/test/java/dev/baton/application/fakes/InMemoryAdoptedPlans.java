package dev.baton.application.fakes;

import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.domain.period.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Adopted plans in a map by funnel and period, replaced on save as the PostgreSQL adapter does. */
public final class InMemoryAdoptedPlans implements AdoptedPlans {

    private final Map<String, AdoptedPlan> plans = new TreeMap<>();

    private static String key(long funnel, Period period) {
        return funnel + "/" + period.format();
    }

    @Override
    public void save(AdoptedPlan plan) {
        plans.put(key(plan.funnel(), plan.period()), plan);
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
