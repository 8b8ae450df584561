package dev.baton.domain.scorecard;

/** How a target stands against its actual. */
public enum Attainment {
    /** The actual meets the threshold. */
    ON_TRACK,
    /** The actual misses the threshold, but by no more than the tolerance. */
    AT_RISK,
    /** The actual misses the threshold by more than the tolerance. */
    OFF_TRACK,
    /** There is no actual to judge: a measure is missing or the formula has no value. */
    NO_DATA
}
