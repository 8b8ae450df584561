package dev.baton.domain.metric;

public enum Category {
    ACQUISITION,
    REVENUE,
    RETENTION,
    EFFICIENCY,
    EXPERIENCE
}
