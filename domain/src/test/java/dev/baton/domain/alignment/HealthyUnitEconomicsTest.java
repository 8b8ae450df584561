package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.target.TargetTestData.CUSTOMER_SUCCESS;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthyUnitEconomicsTest {

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
            assertThat(f.message().en()).contains("LTV / CAC is at most 2", "below the healthy 3");
        });
    }

    @Test
    void aRatioTargetWithItsBarBelowThreeIsAWarning() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("ltv_to_cac").atLeast("2"))
                .build();

        assertThat(rule.check(plan))
                .singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("a bar below the healthy 3"));
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
}
