package dev.baton.application.target;

/**
 * Adopt a shared metric a neighbour holds, exactly as the one-click form sent it: the team, the period, the metric, its
 * stages (if scoped) and the neighbour's bar. The team's owner becomes accountable; the set command checks the rest.
 */
public record AdoptSharedMetricCommand(
        Long team, String period, String metric, String scopeFrom, String scopeTo, ThresholdInput threshold) {}
