package dev.baton.domain.alignment;

import dev.baton.domain.shared.Phrase;

/**
 * The alignment score, 0–100: the share of handoffs covered by a shared metric, minus a penalty per violation, never
 * below 0. A plan without handoffs covers them all.
 */
public final class AlignmentScore {

    /**
     * Points taken off the score for each VIOLATION found: ten, so that a plan covering every handoff but breaking
     * three rules scores 70, and ten violations sink any plan to 0.
     */
    public static final int PENALTY_PER_VIOLATION = 10;

    /** The formula as shown on the scorecard, without this plan's numbers. */
    public static Phrase formula() {
        return Phrase.of("score.FORMULA", PENALTY_PER_VIOLATION);
    }

    private AlignmentScore() {}

    public static int of(int coveredHandoffs, int handoffs, long violations) {
        if (coveredHandoffs < 0 || handoffs < 0 || coveredHandoffs > handoffs || violations < 0) {
            throw new IllegalArgumentException("covered handoffs must lie between 0 and the number of handoffs ("
                    + handoffs + "), got " + coveredHandoffs + "; violations " + violations);
        }
        long coverage = handoffs == 0 ? 100 : Math.round(100.0 * coveredHandoffs / handoffs);
        return (int) Math.max(0, coverage - PENALTY_PER_VIOLATION * violations);
    }

    /** The formula with this plan's numbers filled in. */
    public static Phrase explanation(int coveredHandoffs, int handoffs, long violations) {
        Object coverage = handoffs == 0 ? (Object) 100 : Phrase.of("score.coverage", coveredHandoffs, handoffs);
        return Phrase.of(
                "score.EXPLANATION",
                formula(),
                coverage,
                PENALTY_PER_VIOLATION,
                violations,
                of(coveredHandoffs, handoffs, violations));
    }
}
