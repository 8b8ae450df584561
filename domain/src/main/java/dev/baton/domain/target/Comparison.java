package dev.baton.domain.target;

/** How a {@link Threshold} compares a value with its number(s). */
public enum Comparison {
    AT_LEAST,
    AT_MOST,
    BETWEEN
}
