package dev.baton.application.fakes;

import dev.baton.application.scorecard.port.ScorecardSettings;
import dev.baton.domain.scorecard.Tolerance;

/** The scorecard's settings as a record. */
public record FixedScorecardSettings(Tolerance attainmentTolerance) implements ScorecardSettings {}
