package dev.baton.application.kpi;

public interface GetKpiOverviewUseCase {

    /** @param targetId the id as it appeared in a path; one that is not an id names no target (404) */
    KpiOverview overview(String targetId);
}
