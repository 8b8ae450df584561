package dev.baton.app.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.demo.SeedDemoCompanyUseCase;
import dev.baton.domain.period.Period;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Baton started with demo data on, as the run command starts it, on a database of its own, on 18 November 2026 (the
 * application's clock; see {@link dev.baton.app.support.TestClockProducer}): the running quarter is 2026-Q4 with
 * October complete and November recorded to date, (1 + 18/30) / 3 = 0.5333 of the quarter in.
 */
@QuarkusTest
@TestProfile(DemoCompanyTest.WithDemoData.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DemoCompanyTest {

    public static class WithDemoData extends DemoCompanyProfile {}

    @Inject
    SeedDemoCompanyUseCase seed;

    @Inject
    Clock clock;

    @TestHTTPResource("/")
    URL baton;

    @Test
    void theDemoExecutiveSignsInToTheScorecard() {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill("demo-executive");
        page.getByLabel("Password").fill("baton-demo-2026");
        page.getByLabel("Password").press("Enter");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Scorecard for " + thisMonth());
        PlaywrightAssertions.assertThat(page.locator("line.handoff-uncovered")).hasCount(1);
        Browser.screenshot(page, "scorecard-demo");
        page.context().close();
    }

    private static RequestSpecification executive() {
        return given().auth().preemptive().basic("demo-executive", "baton-demo-2026");
    }

    private String thisMonth() {
        return Period.month(YearMonth.now(clock)).format();
    }

    @Test
    void theMainFunnelRunsFromVisitorToRenewalAcrossThreeTeams() {
        executive()
                .get("/api/funnels")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("Main"))
                .body(
                        "[0].stages.key",
                        equalTo(List.of(
                                "visitor", "lead", "mql", "sql", "opportunity", "customer", "active", "renewed")))
                .body("[0].handoffs", hasSize(2));
    }

    @Test
    void sixMonthsOfMeasuresEndTodayWithTheArticlesNumbersInTheLastCompleteMonth() {
        String lastMonth = Period.month(YearMonth.now(clock).minusMonths(1)).format();
        // The deal flow a CRM delivers is on the Main funnel, as an import writes it; the rest is organisation-wide.
        long main = executive().get("/api/funnels").jsonPath().getLong("[0].id");
        executive()
                .get("/api/measures/" + thisMonth())
                .then()
                .statusCode(200)
                .body("values.leads", equalTo(720))
                .body("values.paying_customers", equalTo(800));
        executive()
                .queryParam("funnel", main)
                .get("/api/measures/" + thisMonth())
                .then()
                .statusCode(200)
                .body("values.deals", equalTo(13));
        executive()
                .get("/api/measures/" + lastMonth)
                .then()
                .statusCode(200)
                .body("values.revenue", equalTo(1800000))
                .body("values.orders", equalTo(360))
                .body("values.contract_value", equalTo(100000))
                .body("values.contract_months", equalTo(60));
        executive()
                .queryParam("funnel", main)
                .get("/api/measures/" + lastMonth)
                .then()
                .statusCode(200)
                .body("values.new_customers", equalTo(60))
                .body("values.deals", equalTo(21))
                .body("values.average_deal_value", equalTo(7500));
        String sixMonthsAgo = Period.month(YearMonth.now(clock).minusMonths(5)).format();
        String csv = executive()
                .queryParam("from", sixMonthsAgo)
                .queryParam("to", thisMonth())
                .get("/api/measures/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().filter(l -> l.contains(",revenue,")).count()).isEqualTo(6);
        assertThat(csv).contains(",entered:mql,");
    }

    @Test
    void theScorecardShowsOneUncoveredHandoffAndOneTension() {
        JsonPath report = executive()
                .queryParam("period", thisMonth())
                .get("/api/alignment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Boolean> covered = report.getList("handoffs.covered");
        assertThat(covered).containsExactlyInAnyOrder(true, false);
        assertThat(report.getList("findings.code")).containsOnlyOnce("TENSION", "HANDOFF_WITHOUT_SHARED_METRIC");
        String page =
                executive().get("/scorecard").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("Scorecard for " + thisMonth())
                .contains("class=\"handoff-covered\"")
                .contains("New revenue");
        assertThat(page.split("class=\"handoff-uncovered\"", -1)).hasSize(2);
        assertThat(page).contains("attainment-ON_TRACK").contains("attainment-AT_RISK");
    }

    @Test
    void theQuarterViewAddsUpThisQuartersMonthsAndKeepsTheDesignedFindings() {
        YearMonth now = YearMonth.now(clock);
        Period quarter = Period.month(now).enclosing().get(0);
        int monthsSoFar = (now.getMonthValue() - 1) % 3 + 1;
        long leads = 0;
        for (int back = 0; back < monthsSoFar; back++) {
            leads += executive()
                    .get("/api/measures/" + Period.month(now.minusMonths(back)).format())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("values.leads");
        }

        JsonPath card = executive()
                .queryParam("period", quarter.format())
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(card.getList("teams.kpis.flatten().attainment", String.class))
                .hasSize(11)
                .doesNotContain("NO_DATA");
        String leadCount = "teams.kpis.flatten().find { it.metric == 'lead_count' }";
        assertThat(card.getLong(leadCount + ".actual")).isEqualTo(leads);
        assertThat(card.getInt(leadCount + ".coverage.months")).isEqualTo(monthsSoFar);
        assertThat(card.getBoolean("running")).isTrue();
        assertThat(card.getList("alignment.handoffs.covered", Boolean.class)).containsExactlyInAnyOrder(true, false);
        assertThat(card.getList("alignment.findings.code", String.class))
                .containsOnlyOnce("TENSION", "HANDOFF_WITHOUT_SHARED_METRIC")
                .doesNotContain("INFEASIBLE_TARGETS");

        String page = executive()
                .queryParam("period", quarter.format())
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (monthsSoFar < 3) {
            assertThat(page).contains("to date · " + monthsSoFar + " of 3 months");
        } else {
            assertThat(page).doesNotContain("class=\"coverage\"");
        }
    }

    @Test
    void theFirstStartCreatesFourDepartmentsWithTheirLeads() {
        given().auth()
                .preemptive()
                .basic("demo-executive", "baton-demo-2026")
                .queryParam("size", 200)
                .get("/api/teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.name", containsInAnyOrder("Customer Success", "Marketing", "Product", "Sales"));
    }

    @Test
    void eachDemoSignInCarriesItsRole() {
        given().auth()
                .preemptive()
                .basic("demo-executive", "baton-demo-2026")
                .get("/api/people")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("demo-lead", "baton-demo-2026")
                .contentType("application/json")
                .body(Map.of("name", "Not mine", "kind", "OTHER", "ownerId", 1))
                .post("/api/teams")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic("demo-admin", "baton-demo-2026")
                .get("/api/audit")
                .then()
                .statusCode(200);
    }

    @Test
    void theDemoHasThreeCheckInsAndOneOpenProposalFromSalesToMarketing() {
        JsonPath open = executive()
                .queryParam("status", "OPEN")
                .queryParam("period", "2026-Q4")
                .get("/api/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(open.getList("fromTeamName")).containsExactly("Sales");
        assertThat(open.getList("toTeamName")).containsExactly("Marketing");
        long checkedIn = executive().get("/api/targets?size=200").jsonPath().getList("items.id", String.class).stream()
                .mapToLong(id -> executive()
                        .get("/api/targets/" + id + "/check-ins")
                        .jsonPath()
                        .getList("$")
                        .size())
                .sum();
        assertThat(checkedIn).isEqualTo(3);
    }

    /** Issue 14's "done when": the demo lead plans next quarter in the browser from history, and adopts it. */
    @Test
    void theDemoLeadPlansNextQuarterFromHistoryAndAdoptsIt() {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill("demo-lead");
        page.getByLabel("Password").fill("baton-demo-2026");
        page.getByLabel("Password").press("Enter");
        page.navigate(baton + "plan");
        page.getByLabel("Funnel").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Main"));
        page.locator("#plan-period").fill("2027-Q1");
        page.locator("#plan-goal").fill("600000");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plan").setExact(true))
                .click();

        PlaywrightAssertions.assertThat(page.locator(".rate-source").first()).containsText("history");
        page.locator("#adopt").click();

        PlaywrightAssertions.assertThat(page.locator("#adopted")).containsText("proposed to those teams");
        Browser.screenshot(page, "plan-demo-adopted");
        page.context().close();
        JsonPath proposed = executive()
                .queryParam("status", "OPEN")
                .queryParam("period", "2027-Q1")
                .get("/api/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(proposed.getList("fromTeamName")).isNotEmpty().containsOnly("Marketing");
        assertThat(proposed.getList("toTeamName")).doesNotContain("Marketing");
        String marketing = proposed.getString("fromTeam[0]");
        assertThat(executive()
                        .queryParam("period", "2027-Q1")
                        .queryParam("size", 200)
                        .get("/api/targets")
                        .jsonPath()
                        .getList("items.team")
                        .stream()
                        .map(String::valueOf)
                        .toList())
                .isNotEmpty()
                .containsOnly(marketing);
    }

    @Test
    void aSecondStartAddsNothing() {
        assertThat(seed.seedIfEmpty()).isEmpty();
    }

    private static final String LEAD_COUNT = "teams.kpis.flatten().find { it.metric == 'lead_count' }";
    private static final String NEW_CUSTOMERS = "teams.kpis.flatten().find { it.metric == 'new_customers' }";
    private static final String NEW_REVENUE = "teams.kpis.flatten().findAll { it.metric == 'new_revenue' }";
    private static final String CAC = "teams.kpis.flatten().find { it.metric == 'cac' }";

    private JsonPath scorecard(String period) {
        return executive()
                .queryParam("period", period)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theRunningQuarterShowsOneKpiOnPaceOneAtRiskAndOneBehind() {
        JsonPath card = scorecard("2026-Q4");
        assertThat(card.getString(LEAD_COUNT + ".attainment")).isEqualTo("ON_TRACK");
        assertThat(card.getLong(LEAD_COUNT + ".actual")).isEqualTo(1920);
        assertThat(card.getDouble(LEAD_COUNT + ".pace.elapsedShare")).isEqualTo(0.5333);
        assertThat(card.getDouble(LEAD_COUNT + ".pace.expectedToDate")).isEqualTo(1760.0);
        assertThat(card.getDouble(LEAD_COUNT + ".pace.projected")).isEqualTo(3600.0);
        assertThat(card.getString(NEW_CUSTOMERS + ".attainment")).isEqualTo("AT_RISK");
        assertThat(card.getDouble(NEW_CUSTOMERS + ".pace.projected")).isEqualTo(180.0);
        assertThat(card.getList(NEW_REVENUE + ".attainment", String.class)).containsExactly("OFF_TRACK", "OFF_TRACK");
        assertThat(card.getMap(CAC + ".pace")).containsOnlyKeys("elapsedShare");
    }

    @Test
    void theMonthViewJudgesTheQuartersTargetsOnTheQuarterToDate() {
        JsonPath november = scorecard(thisMonth());
        assertThat(november.getString(LEAD_COUNT + ".targetPeriod")).isEqualTo("2026-Q4");
        assertThat(november.getLong(LEAD_COUNT + ".actual")).isEqualTo(1920);
        assertThat(november.getString(LEAD_COUNT + ".attainment")).isEqualTo("ON_TRACK");
        assertThat(november.getList(LEAD_COUNT + ".trend.period", String.class)).endsWith("2026-Q3", "2026-Q4");

        JsonPath october = scorecard("2026-10");
        assertThat(october.getLong(LEAD_COUNT + ".actual"))
                .as("through October only")
                .isEqualTo(1200);
        assertThat(october.getDouble(LEAD_COUNT + ".pace.elapsedShare")).isEqualTo(0.3333);
        assertThat(october.getDouble(LEAD_COUNT + ".pace.projected")).isEqualTo(3600.0);

        String page = executive()
                .queryParam("period", thisMonth())
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("2026-Q4 to date").contains("on pace for 3,600 by 31 Dec (target ≥ 3");
        String chinese = executive()
                .header("Accept-Language", "zh-CN")
                .queryParam("period", "2026-Q4")
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(chinese).contains("按当前进度，12月31日前可达 3,600").contains("落后于进度：预计 478,125");
    }

    @Test
    void theExecutiveSeesOnPaceAndBehindPaceOnTheRunningQuarter() {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill("demo-executive");
        page.getByLabel("Password").fill("baton-demo-2026");
        page.getByLabel("Password").press("Enter");
        page.navigate(baton + "scorecard?period=2026-Q4");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Scorecard for 2026-Q4");
        PlaywrightAssertions.assertThat(page.locator("tr[data-metric=lead_count] .pace"))
                .containsText("on pace for 3,600 by 31 Dec (target ≥ 3");
        PlaywrightAssertions.assertThat(
                        page.locator("tr[data-metric=new_revenue] .pace").first())
                .hasText("behind pace: 478,125 projected");
        PlaywrightAssertions.assertThat(page.locator("tr[data-metric=new_customers] .attainment"))
                .containsText("At risk");
        PlaywrightAssertions.assertThat(page.locator("tr[data-metric=lead_count] svg.pace-marker title"))
                .hasText("53 % of the period in");
        Browser.screenshot(page, "scorecard-demo-pace");
        page.context().close();
    }
}
