package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Targets that one set of numbers meets are never called infeasible, and targets just out of reach always are. */
class FeasibilityPropertiesTest {

    private final TargetsAreJointlyFeasible rule = new TargetsAreJointlyFeasible();

    @Property(tries = 200)
    void targetsAWitnessMeetsAreFeasible(
            @ForAll @IntRange(min = 0, max = 500) int deals,
            @ForAll @IntRange(min = 1, max = 100_000) int dealValue,
            @ForAll @IntRange(min = 0, max = 50) int spend,
            @ForAll @IntRange(min = 1, max = 300) int customers) {
        BigDecimal revenue = BigDecimal.valueOf((long) deals * dealValue);
        BigDecimal cac =
                BigDecimal.valueOf(spend * 2L).divide(BigDecimal.valueOf(customers), 6, java.math.RoundingMode.FLOOR);
        AlignmentPlan plan = aPlan().target(aTarget().forTeam(SALES).on("deals").atMost(String.valueOf(deals)))
                .target(aTarget().forTeam(SALES).on("new_revenue").atLeast(revenue.toPlainString()))
                .target(aTarget().forTeam(MARKETING).on("average_deal_value").atMost(String.valueOf(dealValue)))
                .target(aTarget()
                        .forTeam(MARKETING)
                        .on("marketing_expense")
                        .between(String.valueOf(spend), String.valueOf(spend)))
                .target(aTarget().forTeam(SALES).on("sales_expense").atLeast(String.valueOf(spend)))
                .target(aTarget().forTeam(MARKETING).on("new_customers").atMost(String.valueOf(customers)))
                .target(aTarget().forTeam(MARKETING).on("cac").atLeast(cac.toPlainString()))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Property(tries = 200)
    void revenueJustOutOfReachIsInfeasible(
            @ForAll @IntRange(min = 1, max = 500) int deals, @ForAll @IntRange(min = 1, max = 100_000) int dealValue) {
        BigDecimal revenue = BigDecimal.valueOf((long) deals * dealValue).add(BigDecimal.ONE);
        AlignmentPlan plan = aPlan().target(aTarget().forTeam(SALES).on("deals").atMost(String.valueOf(deals)))
                .target(aTarget().forTeam(SALES).on("new_revenue").atLeast(revenue.toPlainString()))
                .target(aTarget().forTeam(MARKETING).on("average_deal_value").atMost(String.valueOf(dealValue)))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(f.targets())
                .hasSize(3));
    }
}
