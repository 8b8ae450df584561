package dev.baton.domain.alignment;

/** What a finding is about; each alignment rule yields its own codes. */
public enum FindingCode {
    HANDOFF_WITHOUT_SHARED_METRIC,
    DISJOINT_TARGETS,
    DIFFERENT_BARS,
    TENSION,
    INFEASIBLE_TARGETS,
    /** Propagation stopped at its revision cap before it settled: conflicts may be missed. */
    FEASIBILITY_UNSETTLED,
    LOW_LTV_TO_CAC,
    TEAM_WITHOUT_KPI,
    TOO_MANY_KPIS,
    SILO_TEAM
}
