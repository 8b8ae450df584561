package dev.baton.domain.checkin;

/** The owner's own word on a target: it sits beside Baton's computed standing, never replaces it. */
public enum Confidence {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
