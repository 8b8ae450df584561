package dev.baton.application.planning.port;

import dev.baton.application.planning.AdoptedPlan;
import dev.baton.domain.period.Period;
import java.util.List;
import java.util.Optional;

/**
 * The waterfalls adopted, one per funnel and period, with each planned stage's requirement: what the target editor
 * shows as "the waterfall's requirement" beside a target on a stage's entries.
 */
public interface AdoptedPlans {

    /** Stores the plan within the caller's transaction, replacing the one adopted before for its funnel and period. */
    void save(AdoptedPlan plan);

    Optional<AdoptedPlan> find(long funnel, Period period);

    /** Every plan adopted for the period, by funnel id. */
    List<AdoptedPlan> inPeriod(Period period);
}
