package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.CUSTOMER_SUCCESS;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import org.junit.jupiter.api.Test;

class HealthyUnitEconomicsTest extends OverBothCatalogs {

    private final HealthyUnitEconomics rule = new HealthyUnitEconomics();

    @Test
    void ltvAndCacTargetsImplyingARatioBelowThreeAreAWarning() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(CUSTOMER_SUCCESS).on("ltv").atMost("1000"))
                .target(aTarget().forTeam(MARKETING).on("cac").between("500", "800"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LOW_LTV_TO_CAC);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.teams()).containsExactlyInAnyOrder(CUSTOMER_SUCCESS, MARKETING);
            assertThat(en(f.phrase())).contains("LTV / CAC is at most 2", "below the healthy 3");
        });
    }

    @Test
    void aRatioTargetWithItsBarBelowThreeIsAWarning() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("ltv_to_cac").atLeast("2"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(en(f.phrase()))
                .contains("a bar below the healthy 3"));
    }

    @Test
    void actualsBelowThreeAreAWarning() {
        AlignmentPlan plan = aPlan().actual("ltv", "1200").actual("cac", "600").build();

        assertThat(rule.check(plan)).extracting(Finding::code).containsExactly(FindingCode.LOW_LTV_TO_CAC);
    }

    @Test
    void healthyEconomicsAreQuiet() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(CUSTOMER_SUCCESS).on("ltv").atLeast("3000"))
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(MARKETING).on("ltv_to_cac").atLeast("4"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void lowActualsStillWarnWhenATargetConflictsWithThem() {
        AlignmentPlan plan = aPlan().actual("ltv", "1200")
                .actual("cac", "600")
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .build();

        assertThat(plan.feasibility().conflicts()).isNotEmpty();
        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LOW_LTV_TO_CAC);
            assertThat(en(f.phrase())).contains("the actuals put LTV / CAC at most 2 in 2026-09");
        });
    }

    @Test
    void lowActualsStillWarnWhenOtherTargetsOnCacConflict() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .actual("revenue", "120000")
                .actual("orders", "100")
                .actual("new_customers", "50")
                .actual("lifespan_years", "1")
                .actual("sales_expense", "60000")
                .actual("marketing_expense", "40000")
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("100"))
                .target(aTarget().forTeam(SALES).on("marketing_expense").atLeast("50000"))
                .build();

        assertThat(plan.feasibility().conflicts()).isNotEmpty();
        assertThat(rule.check(plan)).extracting(Finding::code).containsExactly(FindingCode.LOW_LTV_TO_CAC);
    }

    @Test
    void healthyActualsStayQuietWhenATargetConflictsWithThem() {
        AlignmentPlan plan = aPlan().actual("ltv", "3000")
                .actual("cac", "600")
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aRatioOf2995IsBelowThreeAndSaysSo() {
        AlignmentPlan plan = aPlan().actual("ltv", "2995").actual("cac", "1000").build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LOW_LTV_TO_CAC);
            assertThat(en(f.phrase())).contains("at most 2.995 in").doesNotContain("at most 3 ");
            assertThat(zh(f.phrase())).contains("最多为 2.995");
        });
    }

    @Test
    void aRatioOfExactlyThreeIsHealthy() {
        AlignmentPlan plan = aPlan().actual("ltv", "3000").actual("cac", "1000").build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aBarOf2995IsBelowThreeAndSaysSo() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(SALES).on("ltv_to_cac").atLeast("2.995"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> assertThat(en(f.phrase()))
                .contains("LTV / CAC ≥ 2.995 in"));
    }
}
