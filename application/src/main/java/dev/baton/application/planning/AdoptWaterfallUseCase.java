package dev.baton.application.planning;

/**
 * Writes a waterfall's proposed targets in one transaction, for the teams the caller may edit: a team's stored target
 * on the same metric, scope and period is changed, never duplicated. The plan's requirements are kept for the target
 * editor, and the adoption is audited.
 */
public interface AdoptWaterfallUseCase {

    /**
     * @throws dev.baton.application.shared.InvalidInputException as {@link PlanWaterfallUseCase#plan}
     * @throws dev.baton.application.access.ForbiddenException when the caller may edit none of the plan's teams
     */
    AdoptionOutcome adopt(WaterfallRequest request);
}
