package dev.baton.application.target;

/**
 * A KPI target exactly as a client sent it. {@code scopeFrom}/{@code scopeTo} name the stages of a stage-scoped metric;
 * {@code team} is ignored when an existing target is changed (a target stays with its team).
 */
public record TargetInput(
        Long team,
        String metric,
        String scopeFrom,
        String scopeTo,
        String period,
        ThresholdInput threshold,
        Long ownerId,
        String rationale) {}
