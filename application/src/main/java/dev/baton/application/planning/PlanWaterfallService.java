package dev.baton.application.planning;

import dev.baton.application.access.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Plans a waterfall for any signed-in reader; saves nothing. */
@ApplicationScoped
public class PlanWaterfallService implements PlanWaterfallUseCase {

    private final WaterfallPlanner planner;
    private final AccessPolicy access;

    @Inject
    public PlanWaterfallService(WaterfallPlanner planner, AccessPolicy access) {
        this.planner = planner;
        this.access = access;
    }

    @Override
    @Transactional
    public WaterfallOutcome plan(WaterfallRequest request) {
        access.requireReader();
        return planner.plan(request);
    }
}
