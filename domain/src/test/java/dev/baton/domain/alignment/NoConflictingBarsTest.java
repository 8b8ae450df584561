package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.team.DepartmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoConflictingBarsTest extends OverBothCatalogs {

    private final NoConflictingBars rule = new NoConflictingBars();

    @Test
    void barsNoValueMeetsTogetherAreADisjointTargetsViolation() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(SALES).on("cac").atLeast("800"))
                .build();

        List<Finding> findings = rule.check(plan);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DISJOINT_TARGETS);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.teams()).containsExactly(MARKETING, SALES);
            assertThat(en(f.phrase()))
                    .contains("Marketing holds " + inText("cac") + " ≤ 500", "Sales holds " + inText("cac") + " ≥ 800");
            assertThat(zh(f.phrase())).contains("没有任何数值能同时满足");
        });
    }

    @Test
    void overlappingButDifferentBarsAreASharedMetricDifferentBarWarning() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").atMost("900"))
                .target(aTarget().forTeam(SALES).on("cac").atMost("700"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DIFFERENT_BARS);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(en(f.phrase())).startsWith("shared metric, different bar");
        });
    }

    @Test
    void theSameBarHeldByTwoTeamsIsQuiet() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(SALES).on("cac").atMost("500.00"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void differentStageScopesAreDifferentMetrics() {
        AlignmentPlan plan = aPlan().target(aTarget()
                        .forTeam(MARKETING)
                        .on("stage_conversion_rate", "mql", "sql")
                        .atMost("10"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("30"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void teamsHoldingTheSameBarAreNamedTogetherInOneFinding() {
        AlignmentPlan plan = aPlan().team(PlanTeam.of(5, "Brand", DepartmentKind.MARKETING))
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(5).on("cac").atMost("500"))
                .target(aTarget().forTeam(SALES).on("cac").atLeast("800"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DISJOINT_TARGETS);
            assertThat(f.teams()).hasSize(3);
            assertThat(f.targets()).hasSize(3);
            assertThat(en(f.phrase()))
                    .startsWith("Marketing and Brand hold " + inText("cac") + " ≤ 500 and Sales holds " + inText("cac")
                            + " ≥ 800");
        });
    }
}
