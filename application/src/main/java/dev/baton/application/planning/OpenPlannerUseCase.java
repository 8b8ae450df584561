package dev.baton.application.planning;

/**
 * What the plan page shows: the funnels to choose from and, once a funnel and a goal are chosen, the planned waterfall
 * or what is wrong with the request, field by field. Any signed-in reader may ask; nothing is saved.
 */
public interface OpenPlannerUseCase {

    PlannerDesk open(WaterfallRequest request);
}
