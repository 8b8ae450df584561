package dev.baton.application.fakes;

import dev.baton.application.scorecard.port.ScorecardCacheMetrics;

/** Counts the scorecard cache's hits and misses, as the Micrometer adapter does. */
public final class CountingScorecardCacheMetrics implements ScorecardCacheMetrics {

    private int hits;
    private int misses;

    @Override
    public void hit() {
        hits++;
    }

    @Override
    public void miss() {
        misses++;
    }

    public int hits() {
        return hits;
    }

    public int misses() {
        return misses;
    }
}
