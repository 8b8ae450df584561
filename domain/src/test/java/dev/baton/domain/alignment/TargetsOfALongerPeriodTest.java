package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of a month judge a quarter's target on its own period: the month's actuals (21 deals at 7,500) feed only
 * the month's targets, so they cannot make "new revenue at least 450,000 this quarter" look impossible.
 */
class TargetsOfALongerPeriodTest extends OverBothCatalogs {

    private final TargetsAreJointlyFeasible rule = new TargetsAreJointlyFeasible();

    private AlignmentPlan november(String targetPeriod) {
        return aPlan().in("2026-11")
                .target(aTarget()
                        .forTeam(SALES)
                        .on("new_revenue")
                        .in(targetPeriod)
                        .atLeast("450000"))
                .actual("deals", "21")
                .actual("average_deal_value", "7500")
                .build();
    }

    @Test
    void aMonthsActualsDoNotMakeTheQuartersTargetInfeasible() {
        assertThat(rule.check(november("2026-Q4"))).isEmpty();
    }

    @Test
    void theSameBarSetForTheMonthItselfIsInfeasibleWithThoseActuals() {
        assertThat(rule.check(november("2026-11")))
                .extracting(Finding::code)
                .containsExactly(FindingCode.INFEASIBLE_TARGETS);
    }
}
