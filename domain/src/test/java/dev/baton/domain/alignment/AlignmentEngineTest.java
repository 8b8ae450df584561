package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.articleExample;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.period.Period;
import org.junit.jupiter.api.Test;

class AlignmentEngineTest extends OverBothCatalogs {

    private final AlignmentEngine engine = new AlignmentEngine();

    @Test
    void theArticlesExampleScoresFullMarks() {
        AlignmentReport report = engine.run(articleExample().build());

        assertThat(report.period()).isEqualTo(Period.month(2026, 9));
        assertThat(report.violations()).isZero();
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.handoffs()).singleElement().satisfies(h -> {
            assertThat(h.covered()).isTrue();
            assertThat(h.sharedMetrics()).extracting(MetricSlot::metricLabel).containsExactly("new_revenue");
        });
        assertThat(en(report.scoreFormula())).contains("round(100 × 1 ÷ 1) − 10 × 0 = 100");
    }

    @Test
    void anUncoveredHandoffCostsCoverageAndAViolation() {
        AlignmentReport report = engine.run(articleExample()
                .without(t -> t.team().equals(SALES) && t.metric().value().equals("new_revenue"))
                .build());

        assertThat(report.findings(FindingCode.HANDOFF_WITHOUT_SHARED_METRIC)).hasSize(1);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.VIOLATION);
        assertThat(report.score()).isZero();
        assertThat(en(report.scoreFormula())).endsWith("round(100 × 0 ÷ 1) − 10 × 1 = 0");
    }

    @Test
    void aMonthsReportIncludesItsQuarterAndYearAndSaysSo() {
        AlignmentReport report = engine.run(articleExample()
                .target(aTarget().forTeam(SALES).on("deals").in("2026-Q3").atMost("21"))
                .target(aTarget().forTeam(SALES).on("new_revenue").in("2026-Q3").atLeast("1000000"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("average_deal_value")
                        .in("2026")
                        .atMost("40000"))
                .target(aTarget().forTeam(SALES).on("deals").in("2026-08").atMost("1"))
                .build());

        assertThat(report.notes())
                .extracting(n -> en(n))
                .contains(
                        "targets set for 2026-Q3 and 2026 apply to 2026-09 as well and are included",
                        "1 target(s) of other periods were left out");
        assertThat(report.impliedRanges())
                .anySatisfy(r -> assertThat(r.period()).isEqualTo(Period.quarter(2026, 3)));
    }

    @Test
    void findingsListViolationsBeforeWarnings() {
        AlignmentReport report = engine.run(articleExample()
                .team(PlanTestData.product())
                .target(aTarget().forTeam(SALES).on("ltv_to_cac").atLeast("2"))
                .build());

        assertThat(report.findings())
                .extracting(Finding::severity)
                .containsExactly(Severity.VIOLATION, Severity.WARNING);
        assertThat(report.score()).isEqualTo(90);
    }
}
