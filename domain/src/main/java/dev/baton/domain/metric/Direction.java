package dev.baton.domain.metric;

/** Which way a metric is good. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
