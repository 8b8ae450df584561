package dev.baton.app.scorecard;

import static dev.baton.app.support.PlanApi.scoped;
import static dev.baton.app.support.PlanApi.stage;
import static dev.baton.app.support.PlanApi.target;
import static dev.baton.app.support.ScorecardHtml.page;
import static dev.baton.app.support.ScorecardHtml.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scorecard of 2033-05 for a marketing and a sales team sharing new revenue at the MQL → SQL handoff, with the
 * SQL → customer handoff to customer success left uncovered, and measures for March, April and May. The targets are
 * the quarter's, so the month view judges them on 2033-Q2 through May (April and May alike), with a trend of quarters.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class ScorecardPageTest {

    private static final String PERIOD = "2033-05";
    private static final String QUARTER = "2033-Q2";

    private static long marketing;
    private static long sales;
    private static long success;
    private static String marketingCac;
    private static String salesRevenue;

    @BeforeEach
    void aPlanWithMeasuresOnce() {
        if (marketing != 0) {
            return;
        }
        long owner = Api.createPerson("Scorecard Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        success = Api.createTeam(Names.unique("Success"), "CUSTOMER_SUCCESS", owner);
        PlanApi.createFunnel(
                Names.unique("Scorecard funnel"),
                stage("mql", marketing),
                stage("sql", sales),
                stage("customer", sales),
                stage("active", success));
        marketingCac = PlanApi.setTarget(target(marketing, "cac", QUARTER, "AT_MOST", 500, owner));
        PlanApi.setTarget(target(marketing, "lead_count", QUARTER, "AT_LEAST", 1000, owner));
        PlanApi.setTarget(target(marketing, "new_revenue", QUARTER, "AT_LEAST", 100000, owner));
        salesRevenue = PlanApi.setTarget(target(sales, "new_revenue", QUARTER, "AT_LEAST", 100000, owner));
        Map<String, Object> band = target(sales, "stage_conversion_rate", QUARTER, "AT_LEAST", 0, owner);
        band.put("threshold", Map.of("type", "BETWEEN", "min", 20, "max", 35));
        PlanApi.setTarget(scoped(band, "sql", "customer"));
        PlanApi.setTarget(target(success, "customer_churn_rate", QUARTER, "AT_MOST", 5, owner));
        record("2033-03", 30000, 20000, 110, 18, 240, 60);
        record("2033-04", 30000, 20000, 95, 21, 200, 30);
        record(PERIOD, 30000, 20000, 95, 21, 200, 30);
    }

    private static void record(
            String period, int marketingExpense, int salesExpense, int newCustomers, int deals, int sqls, int won) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("marketing_expense", marketingExpense);
        values.put("sales_expense", salesExpense);
        values.put("new_customers", newCustomers);
        values.put("deals", deals);
        values.put("average_deal_value", 7500);
        values.put("entered:sql", sqls);
        values.put("entered:customer", won);
        Api.recordMeasures(period, values);
    }

    @Test
    void theScorecardShowsTheScoreTheFunnelTheFindingsTheTeamsAndTheUnitEconomics() {
        String html = page(PERIOD);
        assertThat(html)
                .contains("Scorecard for 2033-05")
                .contains("class=\"score-value\" title=\"round(100 × covered handoffs ÷ handoffs)")
                .contains("<svg class=\"funnel\"")
                .contains("class=\"handoff-covered\"")
                .contains("class=\"handoff-uncovered\"")
                .contains("New revenue")
                .contains("Violations")
                .contains("/targets?team=" + sales + "&period=2033-05")
                .contains("Unit economics")
                .contains("LTV / CAC")
                .contains("name=\"period\" value=\"2033-05\"")
                .contains("aria-current=\"page\">Scorecard");
    }

    @Test
    void attainmentFollowsTheThresholdsOwnDirection() {
        String html = page(PERIOD);
        // CAC to date = 100,000 / 190 = 526.32: above "at most 500", but within 10 %.
        assertThat(row(html, marketing, "cac")).contains("526.32").contains("attainment-AT_RISK");
        // 60 of 400 SQLs became customers: 15 % is below the 20–35 band by more than 10 % of 20.
        assertThat(row(html, sales, "stage_conversion_rate"))
                .contains("sql→customer")
                .contains("15 %")
                .contains("attainment-OFF_TRACK");
        assertThat(row(html, sales, "new_revenue")).contains("315,000").contains("attainment-ON_TRACK");
        assertThat(row(html, sales, "new_revenue")).contains("<polyline points=");
    }

    @Test
    void eachTeamsLinesShowTheirOwnersLatestCheckIn() {
        checkIn(marketingCac, "Spend front-loaded\nthe rest in June", "AT_RISK");
        checkIn(salesRevenue, "Two deals signed", "ON_TRACK");
        String html = page(PERIOD);
        assertThat(row(html, marketing, "cac")).contains("class=\"check-in\"").contains("— Spend front-loaded");
        assertThat(row(html, sales, "new_revenue"))
                .contains("class=\"check-in\"")
                .contains("— Two deals signed");
        assertThat(row(html, sales, "stage_conversion_rate")).doesNotContain("class=\"check-in\"");
    }

    private static void checkIn(String target, String note, String confidence) {
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("note", note, "confidence", confidence))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(201);
    }

    @Test
    void noDataNamesTheMissingMeasure() {
        String html = page(PERIOD);
        assertThat(row(html, success, "customer_churn_rate"))
                .contains("attainment-NO_DATA")
                .contains("No data")
                .contains("missing inputs churned_customers, customers_at_start")
                .contains("no data");
    }

    @Test
    void thePeriodPickerMovesToTheChosenGranularity() {
        String html = given().queryParam("period", PERIOD)
                .queryParam("granularity", "QUARTER")
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("Scorecard for 2033-Q2").contains("<option value=\"QUARTER\" selected");
        assertThat(page("2033")).contains("Scorecard for 2033");
    }

    @Test
    void aBadPeriodIsRefusedByName() {
        given().queryParam("period", "2033-13").get("/scorecard").then().statusCode(400);
    }

    @Test
    void theScorecardSpeaksChinese() {
        String html = page(PERIOD, "zh-CN");
        assertThat(html)
                .contains("2033-05 记分卡")
                .contains("对齐得分")
                .contains("title=\"round(100 × 已覆盖交接数 ÷ 交接数)")
                .doesNotContain("covered handoffs")
                .contains("单位经济")
                .contains("有风险");
    }

    @Test
    void aScorecardKeptBetweenReadsIsWordedInEachReadersLanguage() {
        String english = page(PERIOD, "en");
        String chinese = page(PERIOD, "zh-CN");
        String englishAgain = page(PERIOD, "en");

        assertThat(english).contains("Scorecard for 2033-05").doesNotContain("2033-05 记分卡");
        assertThat(chinese).contains("2033-05 记分卡").contains("对齐得分").doesNotContain("covered handoffs");
        assertThat(englishAgain).contains("Scorecard for 2033-05").doesNotContain("对齐得分");
    }

    @Test
    void theKpiTableDownloadsAsCsv() {
        String csv = given().queryParam("period", PERIOD)
                .get("/scorecard/export")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("period,team,metric,metric_name,scope,target_period,threshold,actual,attainment,"
                        + "no_value_reason\n")
                .contains(",cac,")
                .contains(",,2033-Q2,≤ 500,526.32,")
                .contains("526.32,At risk")
                .contains(",stage_conversion_rate,")
                .contains(",sql→customer,2033-Q2,")
                .contains("No data,\"no value: missing inputs churned_customers, customers_at_start\"");
    }

    @Test
    void theApiAnswersTheSameScorecardAsJson() {
        given().queryParam("period", PERIOD)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body("period", org.hamcrest.Matchers.equalTo(PERIOD))
                .body("alignment.score", org.hamcrest.Matchers.notNullValue())
                .body(
                        "teams.find { it.id == " + marketing + " }.kpis.find { it.metric == 'cac' }.attainment",
                        org.hamcrest.Matchers.equalTo("AT_RISK"))
                .body(
                        "teams.find { it.id == " + marketing + " }.kpis.find { it.metric == 'cac' }.trend",
                        org.hamcrest.Matchers.hasSize(6))
                .body("unitEconomics.metric", org.hamcrest.Matchers.hasItem("ltv_to_cac"));
    }

    @Test
    void theStartPageOpensTheScorecard() {
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/scorecard"));
    }
}
