package dev.baton.domain.alignment;

import java.util.List;

/** The alignment rules of DESIGN §2, in the order their findings are listed. */
public final class AlignmentRules {

    private AlignmentRules() {}

    /** Every rule in force: handoffs, conflicting bars, tensions, feasibility, unit economics, focus. */
    public static List<AlignmentRule> all() {
        return List.of(
                new HandoffSharesAMetric(),
                new NoConflictingBars(),
                new NoUnresolvedTension(),
                new TargetsAreJointlyFeasible(),
                new HealthyUnitEconomics(),
                new Focus());
    }
}
