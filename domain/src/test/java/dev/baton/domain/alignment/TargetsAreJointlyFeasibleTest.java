package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsAreJointlyFeasibleTest {

    private final TargetsAreJointlyFeasible rule = new TargetsAreJointlyFeasible();

    private final KpiTarget deals =
            aTarget().forTeam(SALES).on("deals").atMost("21").build();
    private final KpiTarget revenue =
            aTarget().forTeam(SALES).on("new_revenue").atLeast("1000000").build();
    private final KpiTarget dealValue = aTarget()
            .forTeam(MARKETING)
            .on("average_deal_value")
            .atMost("40000")
            .build();

    @Test
    void targetsThatCannotAllBeMetAreInfeasibleNamingAllOfThem() {
        AlignmentPlan plan =
                aPlan().target(deals).target(revenue).target(dealValue).build();

        List<Finding> findings = rule.check(plan);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INFEASIBLE_TARGETS);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.targets()).containsExactlyInAnyOrder(deals.id(), revenue.id(), dealValue.id());
            assertThat(f.teams()).containsExactlyInAnyOrder(SALES, MARKETING);
            assertThat(f.message().en())
                    .contains("with at most 21 deals, new revenue ≥ 1,000,000 needs an average deal value ≥ 47,619.05")
                    .contains("but the target is at most 40,000");
            assertThat(f.message().zhCn()).contains("47,619.05", "平均交易额");
        });
    }

    @Test
    void targetsThatLeaveRoomAreQuietAndImplyARangeForTheRest() {
        AlignmentPlan plan = aPlan().target(deals).target(revenue).build();

        assertThat(rule.check(plan)).isEmpty();
        assertThat(plan.feasibility().impliedRanges())
                .filteredOn(r -> r.metric().equals(MetricKey.of("average_deal_value")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.min()).contains(new BigDecimal("47619.04"));
                    assertThat(r.max()).isEmpty();
                });
    }

    @Test
    void cacIsBoundedBySpendAndNewCustomers() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("marketing_expense").atMost("600"))
                .target(aTarget().forTeam(SALES).on("sales_expense").atMost("400"))
                .target(aTarget().forTeam(SALES).on("new_customers").atLeast("10"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
        assertThat(plan.feasibility().impliedRanges())
                .filteredOn(r -> r.metric().equals(MetricKey.of("cac")))
                .singleElement()
                .satisfies(r -> assertThat(r.max())
                        .hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("100")));

        AlignmentPlan infeasible = aPlan().target(
                        aTarget().forTeam(MARKETING).on("marketing_expense").atMost("600"))
                .target(aTarget().forTeam(SALES).on("sales_expense").atMost("400"))
                .target(aTarget().forTeam(SALES).on("new_customers").atLeast("10"))
                .target(aTarget().forTeam(MARKETING).on("cac").atLeast("150"))
                .build();
        assertThat(rule.check(infeasible)).singleElement().satisfies(f -> assertThat(f.targets())
                .hasSize(4));
    }

    @Test
    void stageConversionRatesFollowTheStageEntries() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("entered:mql").atLeast("1000"))
                .target(aTarget().forTeam(SALES).on("entered:sql").atMost("100"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "mql", "sql")
                        .atLeast("20"))
                .build();

        assertThat(rule.check(plan))
                .singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("stage conversion rate (mql→sql)"));
    }

    @Test
    void anActualIsAFactTheTargetsMustFit() {
        AlignmentPlan plan =
                aPlan().target(revenue).target(dealValue).actual("deals", "21").build();

        assertThat(rule.check(plan))
                .singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("deals at 21 (actual)"));
    }

    @Test
    void twoTeamsDisjointBarsAreLeftToTheConflictingBarsRule() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(SALES).on("cac").atLeast("800"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }
}
