package dev.baton.application.scorecard.port;

import dev.baton.domain.scorecard.Tolerance;

/** How the scorecard judges attainment, as the organisation configured it. */
public interface ScorecardSettings {

    /** How far an actual may miss its threshold and still be AT_RISK rather than OFF_TRACK. */
    Tolerance attainmentTolerance();
}
