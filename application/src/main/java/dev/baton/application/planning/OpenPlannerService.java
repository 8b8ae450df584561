package dev.baton.application.planning;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The plan page's read: the funnels, and the plan when a funnel and a goal were asked for. */
@ApplicationScoped
public class OpenPlannerService implements OpenPlannerUseCase {

    private final WaterfallPlanner planner;
    private final FunnelRepository funnels;
    private final AccessPolicy access;

    @Inject
    public OpenPlannerService(WaterfallPlanner planner, FunnelRepository funnels, AccessPolicy access) {
        this.planner = planner;
        this.funnels = funnels;
        this.access = access;
    }

    @Override
    @Transactional
    public PlannerDesk open(WaterfallRequest request) {
        access.requireReader();
        if (request.funnel() == null || request.goal() == null) {
            return new PlannerDesk(funnels.findAll(), Optional.empty(), List.of());
        }
        try {
            return new PlannerDesk(funnels.findAll(), Optional.of(planner.plan(request)), List.of());
        } catch (InvalidInputException e) {
            return new PlannerDesk(funnels.findAll(), Optional.empty(), e.errors());
        }
    }
}
