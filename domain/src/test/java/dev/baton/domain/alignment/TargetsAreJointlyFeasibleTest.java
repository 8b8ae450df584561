package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.CUSTOMER_SUCCESS;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.alignment.feasibility.IntervalPropagation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsAreJointlyFeasibleTest extends OverBothCatalogs {

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
            assertThat(en(f.phrase()))
                    .contains("with at most 21 deals, new revenue ≥ 1,000,000 needs an average deal value ≥ 47,619.05")
                    .contains("but the target is at most 40,000");
            assertThat(zh(f.phrase())).contains("47,619.05", zhName("average_deal_value"));
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
    void aPartOfThePlanNoConflictTouchesIsJudgedAsIfItStoodAlone() {
        AlignmentPlan plan = aPlan().target(deals)
                .target(revenue)
                .target(dealValue)
                .target(aTarget().forTeam(MARKETING).on("marketing_expense").atMost("600"))
                .target(aTarget().forTeam(SALES).on("sales_expense").atMost("400"))
                .target(aTarget().forTeam(SALES).on("new_customers").atLeast("10"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(f.targets())
                .containsExactlyInAnyOrder(deals.id(), revenue.id(), dealValue.id()));
        assertThat(plan.feasibility().impliedRanges())
                .filteredOn(r -> r.metric().equals(MetricKey.of("cac")))
                .singleElement()
                .satisfies(r -> assertThat(r.max())
                        .hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("100")));
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

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(en(f.phrase()))
                .contains("stage conversion rate (mql→sql)"));
    }

    @Test
    void anActualIsAFactTheTargetsMustFit() {
        AlignmentPlan plan =
                aPlan().target(revenue).target(dealValue).actual("deals", "21").build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(en(f.phrase()))
                .contains("deals at 21 (actual)"));
    }

    @Test
    void twoTeamsDisjointBarsAreLeftToTheConflictingBarsRule() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(SALES).on("cac").atLeast("800"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void everyIndependentConflictIsItsOwnFinding() {
        KpiTarget cac = aTarget().forTeam(MARKETING).on("cac").atMost("100").build();
        KpiTarget spend = aTarget()
                .forTeam(MARKETING)
                .on("marketing_expense")
                .atLeast("10000")
                .build();
        KpiTarget fewCustomers =
                aTarget().forTeam(MARKETING).on("new_customers").atMost("10").build();
        KpiTarget frequency =
                aTarget().forTeam(SALES).on("purchase_frequency").atLeast("10").build();
        KpiTarget orders = aTarget().forTeam(SALES).on("orders").atMost("5").build();
        KpiTarget someCustomers =
                aTarget().forTeam(SALES).on("new_customers").atLeast("1").build();
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(cac)
                .target(spend)
                .target(fewCustomers)
                .target(frequency)
                .target(orders)
                .target(someCustomers)
                .build();

        assertThat(rule.check(plan))
                .extracting(Finding::targets)
                .containsExactlyInAnyOrder(
                        List.of(cac.id(), spend.id(), fewCustomers.id()),
                        List.of(frequency.id(), orders.id(), someCustomers.id()));
    }

    @Test
    void aConflictAloneInItsPeriodIsOneFinding() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("100"))
                .target(aTarget().forTeam(MARKETING).on("marketing_expense").atLeast("10000"))
                .target(aTarget().forTeam(MARKETING).on("new_customers").atMost("10"))
                .target(aTarget().forTeam(SALES).on("purchase_frequency").atLeast("10"))
                .target(aTarget().forTeam(SALES).on("orders").atMost("50"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(f.code())
                .isEqualTo(FindingCode.INFEASIBLE_TARGETS));
    }

    @Test
    void propagationStoppedAtItsRevisionCapIsReported() {
        // cv = acv × years ≥ 101 × years and cv = arr × years ≤ 100 × years: only zero years fit, which propagation
        // approaches a hundredth at a time and never reaches.
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(SALES).on("acv").atLeast("101"))
                .target(aTarget()
                        .forTeam(CUSTOMER_SUCCESS)
                        .on("arr_annual_billing")
                        .atMost("100"))
                .target(aTarget().forTeam(SALES).on("contract_value").atMost("1000"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.FEASIBILITY_UNSETTLED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.teams()).containsExactlyInAnyOrder(SALES, CUSTOMER_SUCCESS);
            assertThat(f.targets()).hasSize(3);
            assertThat(en(f.phrase()))
                    .contains("stopped after " + IntervalPropagation.MAX_REVISIONS + " revisions", "may be missed");
            assertThat(zh(f.phrase())).contains("尚未收敛");
        });
    }

    @Test
    void propagationThatSettlesReportsNothingUnsettled() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(SALES).on("acv").atLeast("100"))
                .target(aTarget()
                        .forTeam(CUSTOMER_SUCCESS)
                        .on("arr_annual_billing")
                        .atMost("100"))
                .target(aTarget().forTeam(SALES).on("contract_value").atMost("1000"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }
}
