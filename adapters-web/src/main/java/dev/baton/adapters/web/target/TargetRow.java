package dev.baton.adapters.web.target;

/** A target as the editor lists it. */
public record TargetRow(
        String id,
        long version,
        String metric,
        String metricName,
        String scope,
        String period,
        String threshold,
        String owner,
        String rationale,
        boolean runsAgainst) {}
