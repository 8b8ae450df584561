package dev.baton.domain.alignment;

import dev.baton.domain.shared.LocalizedText;

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

    /** The formula as shown on the scorecard. */
    public static final String FORMULA = "round(100 × covered handoffs ÷ handoffs) − " + PENALTY_PER_VIOLATION
            + " × violations, never below 0 (100 × … is 100 when there are no handoffs)";

    private AlignmentScore() {}

    public static int of(int coveredHandoffs, int handoffs, long violations) {
        if (coveredHandoffs < 0 || handoffs < 0 || coveredHandoffs > handoffs || violations < 0) {
            throw new IllegalArgumentException("covered handoffs must lie between 0 and the number of handoffs ("
                    + handoffs + "), got " + coveredHandoffs + "; violations " + violations);
        }
        long coverage = handoffs == 0 ? 100 : Math.round(100.0 * coveredHandoffs / handoffs);
        return (int) Math.max(0, coverage - PENALTY_PER_VIOLATION * violations);
    }

    /** The formula in Simplified Chinese, for the scorecard's Chinese pages. */
    static final String FORMULA_ZH_CN =
            "round(100 × 已覆盖交接数 ÷ 交接数) − " + PENALTY_PER_VIOLATION + " × 违规数，最低为 0（没有交接时 100 × … 为 100）";

    /** The formula with this plan's numbers filled in. */
    public static String explain(int coveredHandoffs, int handoffs, long violations) {
        return explanation(coveredHandoffs, handoffs, violations).en();
    }

    /** The formula with this plan's numbers filled in, in both languages. */
    public static LocalizedText explanation(int coveredHandoffs, int handoffs, long violations) {
        String coverage = handoffs == 0 ? "100" : "round(100 × " + coveredHandoffs + " ÷ " + handoffs + ")";
        String sum = coverage + " − " + PENALTY_PER_VIOLATION + " × " + violations + " = "
                + of(coveredHandoffs, handoffs, violations);
        return LocalizedText.of(FORMULA + ": " + sum, FORMULA_ZH_CN + "：" + sum);
    }
}
