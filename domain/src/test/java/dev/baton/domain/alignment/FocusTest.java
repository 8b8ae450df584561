package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.alignment.PlanTestData.articleExample;
import static dev.baton.domain.alignment.PlanTestData.marketing;
import static dev.baton.domain.alignment.PlanTestData.sales;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FocusTest extends OverBothCatalogs {

    private final Focus rule = new Focus();

    @Test
    void aTeamWithoutKpiIsAViolation() {
        AlignmentPlan plan = articleExample().team(PlanTestData.product()).build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TEAM_WITHOUT_KPI);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(en(f.phrase())).isEqualTo("Product holds no KPI in 2026-09");
            assertThat(zh(f.phrase())).contains("没有任何 KPI");
        });
    }

    @Test
    void moreThanTenKpisIsAWarningToStartWithFiveToTen() {
        var plan = aPlan().onlyTeams(marketing(), sales())
                .target(aTarget().forTeam(SALES).on("cac"));
        String[] metrics = {
            "deals",
            "average_deal_value",
            "new_customers",
            "sales_expense",
            "marketing_expense",
            "leads",
            "demos",
            "trials",
            "paid_conversions",
            "sqls",
            "ltv"
        };
        for (String metric : metrics) {
            plan.target(aTarget().forTeam(MARKETING).on(metric).atLeast("1"));
        }
        plan.target(aTarget().forTeam(MARKETING).on("cac"));

        assertThat(rule.check(plan.build())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TOO_MANY_KPIS);
            assertThat(en(f.phrase())).contains("12 KPIs", "start with 5–10");
        });
    }

    @Test
    void aTeamWhoseKpisAreAllUnsharedIsASilo() {
        AlignmentPlan plan = aPlan().onlyTeams(marketing(), sales())
                .target(aTarget().forTeam(MARKETING).on("cac"))
                .target(aTarget().forTeam(SALES).on("cac"))
                .target(aTarget().forTeam(SALES).on("deals").atLeast("20"))
                .target(aTarget().forTeam(MARKETING).on("leads").atLeast("20"))
                .build();
        assertThat(rule.check(plan)).isEmpty();

        AlignmentPlan silo = aPlan().onlyTeams(marketing(), sales())
                .target(aTarget().forTeam(MARKETING).on("cac"))
                .target(aTarget().forTeam(SALES).on("deals").atLeast("20"))
                .build();
        assertThat(rule.check(silo))
                .extracting(Finding::code)
                .containsExactly(FindingCode.SILO_TEAM, FindingCode.SILO_TEAM);
    }

    @Test
    void theArticlesTeamsAreFocused() {
        assertThat(rule.check(articleExample().build())).isEmpty();
    }
}
