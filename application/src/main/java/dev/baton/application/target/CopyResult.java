package dev.baton.application.target;

import dev.baton.domain.period.Period;

/** How many targets a copy created, and how many it skipped because the period already held them. */
public record CopyResult(Period from, Period to, int copied, int skipped) {}
