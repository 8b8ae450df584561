package dev.baton.application.fakes;

import dev.baton.application.scorecard.port.ScorecardCacheMetrics;

/** Counts the scorecard's hits and misses. */
public final class CountingScorecardCache implements ScorecardCacheMetrics {

    public int hits;
    public int misses;

    @Override
    public void hit() {
        hits++;
    }

    @Override
    public void miss() {
        misses++;
    }
}
