package dev.baton.app.scorecard;

import static dev.baton.app.support.PlanApi.target;
import static dev.baton.app.support.ScorecardHtml.ownRow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import dev.baton.app.support.ScorecardHtml;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Measures recorded month by month through {@code PUT /api/measures/{period}}, read back as the actuals of their
 * quarter and year: all three months of 4037-Q1, two of 4037-Q2, and nothing recorded for a quarter or the year
 * itself. The year lies beyond those other tests fill (the 100,000-row import reaches into the 3500s), whose per-funnel
 * values would otherwise add to the months left empty here.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class ScorecardRollUpTest {

    private static long marketing;
    private static long sales;

    @BeforeEach
    void monthsRecordedOnce() {
        if (marketing != 0) {
            return;
        }
        long owner = Api.createPerson("Roll-up Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        PlanApi.setTarget(target(marketing, "lead_count", "4037-Q1", "AT_LEAST", 3000, owner));
        PlanApi.setTarget(target(marketing, "cpl", "4037-Q1", "AT_MOST", 10, owner));
        PlanApi.setTarget(target(marketing, "revenue_growth", "4037-Q1", "AT_LEAST", 5, owner));
        PlanApi.setTarget(target(sales, "cac", "4037-Q1", "AT_MOST", 500, owner));
        PlanApi.setTarget(target(sales, "customer_churn_rate", "4037-Q1", "AT_MOST", 6, owner));
        PlanApi.setTarget(target(marketing, "lead_count", "4037-Q2", "AT_LEAST", 3000, owner));
        PlanApi.setTarget(target(marketing, "lead_count", "4037", "AT_LEAST", 5000, owner));

        // CAC by month is 600, 500 and 428.57: their mean (509.52) would miss "at most 500", the quarter's sums do not.
        Api.recordMeasures(
                "4037-01",
                Map.of("leads", 1000, "new_customers", 50, "customers_at_start", 800, "churned_customers", 10));
        Api.recordMeasures(
                "4037-02",
                Map.of("leads", 1100, "new_customers", 60, "customers_at_start", 790, "churned_customers", 10));
        Api.recordMeasures(
                "4037-03",
                Map.of("leads", 1200, "new_customers", 70, "customers_at_start", 780, "churned_customers", 12));
        for (String month : List.of("4037-01", "4037-02", "4037-03")) {
            Api.recordMeasures(
                    month,
                    Map.of(
                            "marketing_expense", 20000,
                            "sales_expense", 10000,
                            "revenue", 100000,
                            "previous_revenue", 90000));
        }
        Api.recordMeasures("4037-04", Map.of("leads", 1000));
        Api.recordMeasures("4037-05", Map.of("leads", 1000));
    }

    private static JsonPath scorecard(String period) {
        return report("/api/scorecard", period);
    }

    private static JsonPath report(String path, String period) {
        return given().queryParam("period", period)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The KPI of a team's target on a metric for one period: a view shows the enclosing year's target too. */
    private static String kpi(long team, String metric, String targetPeriod) {
        return "teams.find { it.id == " + team + " }.kpis.find { it.metric == '" + metric + "' && it.targetPeriod == '"
                + targetPeriod + "' }";
    }

    @Test
    void aQuartersActualAddsUpItsMonthsAndIsJudgedAgainstTheQuarterTarget() {
        JsonPath card = scorecard("4037-Q1");

        assertThat(card.getDouble(kpi(marketing, "lead_count", "4037-Q1") + ".actual"))
                .isEqualTo(3300.0);
        assertThat(card.getString(kpi(marketing, "lead_count", "4037-Q1") + ".attainment"))
                .isEqualTo("ON_TRACK");
        assertThat(card.getMap(kpi(marketing, "lead_count", "4037-Q1") + ".coverage"))
                .containsEntry("months", 3)
                .containsEntry("monthsInPeriod", 3)
                .containsEntry("partial", false);
    }

    @Test
    void aQuartersRatesAreComputedFromItsRolledUpMeasures() {
        JsonPath card = scorecard("4037-Q1");

        // 90,000 spent over 180 new customers.
        assertThat(card.getDouble(kpi(sales, "cac", "4037-Q1") + ".actual")).isEqualTo(500.0);
        assertThat(card.getString(kpi(sales, "cac", "4037-Q1") + ".attainment")).isEqualTo("ON_TRACK");
        // 32 churned of the 800 the quarter started with.
        assertThat(card.getDouble(kpi(sales, "customer_churn_rate", "4037-Q1") + ".actual"))
                .isEqualTo(4.0);
        // 60,000 over 3,300 leads, far above "at most 10".
        assertThat(card.getDouble(kpi(marketing, "cpl", "4037-Q1") + ".actual")).isEqualTo(18.18);
        assertThat(card.getString(kpi(marketing, "cpl", "4037-Q1") + ".attainment"))
                .isEqualTo("OFF_TRACK");
    }

    @Test
    void previousRevenueRecordedOnlyForMonthsLeavesTheQuarterWithoutGrowthAndSaysWhy() {
        JsonPath card = scorecard("4037-Q1");

        assertThat(card.getString(kpi(marketing, "revenue_growth", "4037-Q1") + ".attainment"))
                .isEqualTo("NO_DATA");
        assertThat(card.getString(kpi(marketing, "revenue_growth", "4037-Q1") + ".reason.en"))
                .contains("previous_revenue does not roll up")
                .contains("record it for 4037-Q1");
    }

    @Test
    void aQuarterWithTwoOfItsMonthsShowsItsValueSoFarAndSaysSo() {
        String leads = kpi(marketing, "lead_count", "4037-Q2");
        JsonPath card = scorecard("4037-Q2");

        assertThat(card.getInt(leads + ".actual")).isEqualTo(2000);
        assertThat(card.getString(leads + ".attainment")).isEqualTo("OFF_TRACK");
        assertThat(card.getMap(leads + ".coverage"))
                .containsEntry("months", 2)
                .containsEntry("monthsInPeriod", 3)
                .containsEntry("partial", true);

        String html = ScorecardHtml.page("4037-Q2");
        assertThat(ownRow(html, marketing, "lead_count")).contains("2,000").contains("partial · 2 of 3 months");

        String chinese = ScorecardHtml.page("4037-Q2", "zh-CN");
        assertThat(ownRow(chinese, marketing, "lead_count")).contains("部分 · 3 个月中的 2 个月");
    }

    @Test
    void aWholeQuarterCarriesNoCoverageNote() {
        String html = ScorecardHtml.page("4037-Q1");

        assertThat(ownRow(html, marketing, "lead_count")).contains("3,300").doesNotContain("class=\"coverage\"");
    }

    @Test
    void aYearAddsUpItsQuartersEachRolledUpFromItsMonths() {
        String leads = kpi(marketing, "lead_count", "4037");
        JsonPath card = scorecard("4037");

        assertThat(card.getInt(leads + ".actual")).isEqualTo(5300);
        assertThat(card.getString(leads + ".attainment")).isEqualTo("ON_TRACK");
        assertThat(card.getMap(leads + ".coverage"))
                .containsEntry("months", 5)
                .containsEntry("monthsInPeriod", 12)
                .containsEntry("partial", true);
    }

    @Test
    void theSparklineOfAQuarterViewShowsSixQuartersRolledUp() {
        JsonPath card = scorecard("4037-Q2");

        List<Map<String, Object>> trend = card.getList(kpi(marketing, "lead_count", "4037-Q2") + ".trend");
        assertThat(trend)
                .extracting(point -> point.get("period"))
                .containsExactly("4036-Q1", "4036-Q2", "4036-Q3", "4036-Q4", "4037-Q1", "4037-Q2");
        assertThat(trend).extracting(point -> point.get("value")).containsExactly(null, null, null, null, 3300, 2000);
    }

    @Test
    void theAlignmentRulesTakeAWholeQuartersRolledUpActualsButNotAPartialQuartersValuesSoFar() {
        // Q1's rolled-up CPL (18.18) cannot meet "at most 10": an infeasibility only actuals can cause.
        assertThat(report("/api/alignment", "4037-Q1").getList("findings.code", String.class))
                .contains("INFEASIBLE_TARGETS");
        // Q2's 2,000 leads so far are no reason to call "at least 3,000" impossible: the quarter is not over.
        assertThat(report("/api/alignment", "4037-Q2").getList("findings.code", String.class))
                .doesNotContain("INFEASIBLE_TARGETS");
    }

    @Test
    void aMonthViewJudgesTheQuartersTargetOnTheQuarterThroughThatMonth() {
        String leads = kpi(marketing, "lead_count", "4037-Q1");
        JsonPath card = scorecard("4037-02");

        // January and February, not March: the quarter as it stood at the end of the viewed month.
        assertThat(card.getInt(leads + ".actual")).isEqualTo(2100);
        assertThat(card.getMap(leads + ".coverage")).containsEntry("months", 2).containsEntry("partial", true);
        assertThat(card.getList(leads + ".trend.period", String.class)).endsWith("4036-Q4", "4037-Q1");
    }
}
