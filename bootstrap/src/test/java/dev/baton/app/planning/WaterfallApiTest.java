package dev.baton.app.planning;

import static dev.baton.app.support.PlanApi.stage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/plans/waterfall and /adopt over a stored funnel inquiry → mql (marketing) → sal → sql → won (sales). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WaterfallApiTest {

    private static final String LEAD_PASSWORD = "mia-long-password";

    private long mia;
    private long marketing;
    private long sales;
    private long funnel;
    private String miasLogin;

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "test-admin-secret").contentType(ContentType.JSON);
    }

    private RequestSpecification asMia() {
        return given().auth().preemptive().basic(miasLogin, LEAD_PASSWORD).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aFunnelOfTwoTeams() {
        mia = Api.createPerson(asAdmin(), "Mia Marketing", "TEAM_LEAD");
        long sam = Api.createPerson(asAdmin(), "Sam Sales", "TEAM_LEAD");
        marketing = Api.createTeam(asAdmin(), Names.unique("Marketing"), "MARKETING", mia);
        sales = Api.createTeam(asAdmin(), Names.unique("Sales"), "SALES", sam);
        funnel = asAdmin()
                .body(Map.of(
                        "name",
                        Names.unique("Waterfall"),
                        "stages",
                        List.of(
                                stage("inquiry", marketing),
                                stage("mql", marketing),
                                stage("sal", sales),
                                stage("sql", sales),
                                stage("won", sales))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        miasLogin = "mia" + System.nanoTime();
        asAdmin()
                .body(Map.of("username", miasLogin, "password", LEAD_PASSWORD))
                .put("/api/people/" + mia + "/account")
                .then()
                .statusCode(204);
    }

    @SafeVarargs
    private static long createFunnel(String name, Map<String, Object>... stages) {
        return asAdmin()
                .body(Map.of("name", name, "stages", List.of(stages)))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private Map<String, Object> body(Object goal, Map<String, Object> rates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("funnel", funnel);
        body.put("period", "2031-Q1");
        body.put("goal", Map.of("metric", "new_revenue", "value", goal));
        body.put("wonStage", "won");
        body.put("averageDealValue", 10000);
        body.put("rates", rates);
        return body;
    }

    private static Map<String, Object> rates() {
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("inquiry>mql", 10);
        rates.put("mql>sal", 85);
        rates.put("sal>sql", 60);
        rates.put("sql>won", 30);
        return rates;
    }

    @Test
    void theWorkedExamplePlansEachStagesEntriesAndCoversTheHandoff() {
        JsonPath plan = asAdmin()
                .body(body(150000, rates()))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(200)
                .body("deals", equalTo(15))
                .body("averageDealValueSource", equalTo("given"))
                .body("stages.key", equalTo(List.of("inquiry", "mql", "sal", "sql", "won")))
                .body("stages.required", equalTo(List.of(990, 99, 84, 50, 15)))
                .body("stages[0].rateSource", equalTo("given"))
                .body("stages[4].rateToNext", equalTo(null))
                .extract()
                .jsonPath();
        String handoff = "report.handoffs.find { it.funnel == '" + plan.getString("funnelName") + "' }";
        assertThat(plan.getBoolean(handoff + ".covered")).isTrue();
        assertThat(plan.getList("proposedTargets.findAll { it.metric == 'entered:sal' }.team", Integer.class))
                .containsExactlyInAnyOrder((int) marketing, (int) sales);
        assertThat(plan.getList(
                        "proposedTargets.findAll { it.metric == 'new_revenue' }.threshold.value", Integer.class))
                .containsExactly(150000, 150000);
        asAdmin().queryParam("team", marketing).get("/api/targets").then().body("total", equalTo(0));
    }

    @Test
    void theOtherPublishedExamplesComeOutAsPublished() {
        Map<String, Object> twoStages = new LinkedHashMap<>();
        twoStages.put("funnel", createFunnel(Names.unique("Short"), stage("opportunity", sales), stage("won", sales)));
        twoStages.put("period", "2031-Q1");
        twoStages.put("goal", Map.of("metric", "new_revenue", "value", 2000000));
        twoStages.put("wonStage", "won");
        twoStages.put("averageDealValue", 60000);
        twoStages.put("rates", Map.of("opportunity>won", 22));
        asAdmin()
                .body(twoStages)
                .post("/api/plans/waterfall")
                .then()
                .statusCode(200)
                .body("deals", equalTo(34))
                .body("stages[0].required", equalTo(155));

        twoStages.put(
                "funnel", createFunnel(Names.unique("Leads"), stage("lead", marketing), stage("customer", sales)));
        twoStages.put("goal", Map.of("metric", "new_revenue", "value", 500000));
        twoStages.put("wonStage", "customer");
        twoStages.put("averageDealValue", 10000);
        twoStages.put("rates", Map.of("lead>customer", 2));
        asAdmin()
                .body(twoStages)
                .post("/api/plans/waterfall")
                .then()
                .statusCode(200)
                .body("stages[0].required", equalTo(2500));
    }

    @Test
    void ratesLeftOutComeFromTheFunnelsHistoryAndSaySo() {
        YearMonth last = YearMonth.now().minusMonths(1);
        for (YearMonth month : List.of(last, last.minusMonths(1))) {
            String version = asAdmin()
                    .queryParam("funnel", funnel)
                    .get("/api/measures/" + month)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            asAdmin()
                    .header("If-Match", version)
                    .queryParam("funnel", funnel)
                    .body(Map.of("entered:sql", 40, "entered:won", 10))
                    .put("/api/measures/" + month)
                    .then()
                    .statusCode(200);
        }
        Map<String, Object> rates = rates();
        rates.remove("sql>won");

        asAdmin()
                .body(body(150000, rates))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(200)
                .body("stages[3].rateToNext", equalTo(25))
                .body("stages[3].rateSource", equalTo("history " + last.minusMonths(1) + "…" + last))
                .body("stages[3].required", equalTo(60));
    }

    @Test
    void aBoundaryWithNeitherRateNorHistoryIsA422NamingIt() {
        Map<String, Object> rates = rates();
        rates.remove("sql>won");

        asAdmin()
                .body(body(150000, rates))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rates.sql>won"))
                .body("errors[0].message", containsString("No history in"))
                .body("errors[0].message", containsString("give a rate"));
    }

    @Test
    void aRateOutOfRangeAGoalOfZeroAndUnknownFunnelOrStageAre422s() {
        Map<String, Object> rates = rates();
        rates.put("sql>won", 0);
        asAdmin()
                .body(body(150000, rates))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("rates.sql>won"));
        rates.put("sql>won", 101);
        asAdmin()
                .body(body(150000, rates))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("rates.sql>won"));
        asAdmin()
                .body(body(0, rates()))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("goal.value")));

        Map<String, Object> unknownFunnel = body(150000, rates());
        unknownFunnel.put("funnel", 987654321);
        asAdmin()
                .body(unknownFunnel)
                .post("/api/plans/waterfall")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("funnel")));
        Map<String, Object> unknownStage = body(150000, rates());
        unknownStage.put("wonStage", "nowhere");
        asAdmin()
                .body(unknownStage)
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("wonStage")));
    }

    @Test
    void adoptingTwiceChangesTheTargetsInsteadOfDuplicatingThem() {
        asAdmin()
                .body(body(150000, rates()))
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(200)
                .body("written.action", org.hamcrest.Matchers.everyItem(equalTo("CREATED")))
                .body("notWritten", org.hamcrest.Matchers.empty());
        int stored = asAdmin()
                .queryParam("team", sales)
                .queryParam("period", "2031-Q1")
                .get("/api/targets")
                .then()
                .extract()
                .jsonPath()
                .getInt("total");

        asAdmin()
                .body(body(300000, rates()))
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(200)
                .body("written.action", org.hamcrest.Matchers.everyItem(equalTo("CHANGED")))
                .body("plan.report.handoffs.find { it.fromTeam.id == " + marketing + " }.covered", equalTo(true));

        JsonPath after = asAdmin()
                .queryParam("team", sales)
                .queryParam("period", "2031-Q1")
                .get("/api/targets")
                .then()
                .extract()
                .jsonPath();
        assertThat(after.getInt("total")).isEqualTo(stored);
        assertThat(after.getInt("items.find { it.metric == 'new_revenue' }.threshold.value"))
                .isEqualTo(300000);
    }

    @Test
    void theTargetEditorShowsBesideEachAdoptedNumberWhatThePlanRequires() {
        asAdmin()
                .body(body(150000, rates()))
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(200);

        given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .get("/targets?team=" + marketing + "&period=2031-Q1")
                .then()
                .statusCode(200)
                .body(
                        org.hamcrest.Matchers.containsString("The adopted plan requires 990"),
                        org.hamcrest.Matchers.containsString("The adopted plan requires 84"));
    }

    @Test
    void aLeadAdoptingWritesOnlyTheirOwnTeamsAndListsTheRest() {
        asMia().body(body(150000, rates()))
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(200)
                .body("written.team", org.hamcrest.Matchers.everyItem(equalTo((int) marketing)))
                .body("notWritten.team", org.hamcrest.Matchers.everyItem(equalTo((int) sales)))
                .body("notWritten.metric", hasItem("entered:won"))
                .body("proposed.toTeam", org.hamcrest.Matchers.everyItem(equalTo((int) sales)))
                .body("proposed.fromTeam", org.hamcrest.Matchers.everyItem(equalTo((int) marketing)))
                .body("proposed.metric", hasItem("entered:won"));

        asAdmin().queryParam("team", sales).get("/api/targets").then().body("total", equalTo(0));
        asAdmin().queryParam("team", marketing).get("/api/targets").then().body("total", equalTo(4));
        asAdmin()
                .queryParam("team", sales)
                .queryParam("status", "OPEN")
                .get("/api/proposals")
                .then()
                .statusCode(200)
                .body("metric", hasItem("entered:won"));
    }

    @Test
    void nobodySignedOutMayPlanAndAnExecutiveMayPlanButNotAdopt() {
        given().contentType(ContentType.JSON)
                .body(body(150000, rates()))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(401);
        String exec = dev.baton.app.support.SignIns.create("exec", "EXECUTIVE", "exec-long-password");
        given().auth()
                .preemptive()
                .basic(exec, "exec-long-password")
                .contentType(ContentType.JSON)
                .body(body(150000, rates()))
                .post("/api/plans/waterfall")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic(exec, "exec-long-password")
                .contentType(ContentType.JSON)
                .body(body(150000, rates()))
                .post("/api/plans/waterfall/adopt")
                .then()
                .statusCode(403);
    }
}
