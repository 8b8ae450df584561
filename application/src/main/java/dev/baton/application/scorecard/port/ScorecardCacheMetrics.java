package dev.baton.application.scorecard.port;

/**
 * Counts how the scorecard reuse fares: a hit hands out a kept scorecard, a miss computes one. An output port, so the
 * application counts without knowing where the counts go (the bootstrap reports them at {@code /q/metrics}).
 */
public interface ScorecardCacheMetrics {

    /** A kept scorecard matched the request and the data, and was handed out. */
    void hit();

    /** None matched, so the scorecard was computed. */
    void miss();
}
