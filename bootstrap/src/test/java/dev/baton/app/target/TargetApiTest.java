package dev.baton.app.target;

import static dev.baton.app.support.PlanApi.scoped;
import static dev.baton.app.support.PlanApi.stage;
import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class TargetApiTest {

    private long owner;
    private long marketing;
    private long sales;

    @BeforeEach
    void teamsAndAFunnel() {
        owner = Api.createPerson("Target Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        PlanApi.createFunnel(
                Names.unique("Journey"), stage("mql", marketing), stage("sql", sales), stage("customer", sales));
    }

    @Test
    void settingATargetAnswers201AndItReadsBack() {
        String location = given().contentType(ContentType.JSON)
                .body(target(marketing, "cac", "2026-Q3", "AT_MOST", 500, owner))
                .when()
                .post("/api/targets")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/targets/"))
                .body("metric", equalTo("cac"))
                .body("period", equalTo("2026-Q3"))
                .body("threshold.type", equalTo("AT_MOST"))
                .body("threshold.value", equalTo(500))
                .body("runsAgainstDirection", equalTo(false))
                .body("version", equalTo(0))
                .extract()
                .header("Location");
        given().get(location).then().statusCode(200).body("team", equalTo((int) marketing));
    }

    @Test
    void aBarAgainstTheMetricsGoodDirectionIsAllowedAndFlagged() {
        given().contentType(ContentType.JSON)
                .body(target(marketing, "cac", "2026-Q4", "AT_LEAST", 900, owner))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .body("runsAgainstDirection", equalTo(true));
    }

    @Test
    void aTargetWithoutNumberPeriodOrOwnerIsRefusedNamingEachField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", marketing);
        body.put("metric", "cac");
        body.put("threshold", Map.of("type", "AT_MOST"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("threshold.value", "period", "ownerId"));
    }

    @Test
    void anUnknownMetricAnUnknownOwnerAndABackwardsRangeAreRefused() {
        given().contentType(ContentType.JSON)
                .body(target(marketing, "happiness", "2026-Q3", "AT_LEAST", 1, 987654321L))
                .post("/api/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("metric", "ownerId"));
        Map<String, Object> between = target(marketing, "cac", "2026-Q3", "AT_MOST", 1, owner);
        between.put("threshold", Map.of("type", "BETWEEN", "min", 9, "max", 3));
        given().contentType(ContentType.JSON)
                .body(between)
                .post("/api/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("threshold.min"));
    }

    @Test
    void aStageConversionNeedsStagesThatSomeFunnelHas() {
        Map<String, Object> conversion = target(sales, "stage_conversion_rate", "2026-Q3", "AT_LEAST", 20, owner);
        given().contentType(ContentType.JSON)
                .body(conversion)
                .post("/api/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("scope"));
        given().contentType(ContentType.JSON)
                .body(scoped(conversion, "sql", "nowhere-stage"))
                .post("/api/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("scope.to"));
        given().contentType(ContentType.JSON)
                .body(scoped(conversion, "sql", "customer"))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .body("scope.from", equalTo("sql"))
                .body("scope.to", equalTo("customer"));
    }

    @Test
    void aTeamHoldsOneTargetPerMetricAndPeriod() {
        PlanApi.setTarget(target(sales, "deals", "2026-Q3", "AT_LEAST", 20, owner));
        given().contentType(ContentType.JSON)
                .body(target(sales, "deals", "2026-Q3", "AT_LEAST", 30, owner))
                .post("/api/targets")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("metric"));
    }

    @Test
    void targetsAreListedByTeamPeriodAndMetricAPageAtATime() {
        PlanApi.setTarget(target(sales, "new_revenue", "2026-Q3", "AT_LEAST", 1000000, owner));
        PlanApi.setTarget(target(sales, "deals", "2026-Q3", "AT_LEAST", 20, owner));
        PlanApi.setTarget(target(sales, "deals", "2026-Q4", "AT_LEAST", 25, owner));
        given().queryParam("team", sales)
                .queryParam("period", "2026-Q3")
                .get("/api/targets")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.metric", hasItems("new_revenue", "deals"));
        given().queryParam("team", sales)
                .queryParam("metric", "deals")
                .queryParam("size", 1)
                .get("/api/targets")
                .then()
                .body("items", hasSize(1))
                .body("total", equalTo(2))
                .body("totalPages", equalTo(2));
        given().queryParam("period", "2026-Q9").get("/api/targets").then().statusCode(422);
    }

    @Test
    void changingATargetMovesItsVersionOnAndAStaleChangeIsAConflict() {
        String id = PlanApi.setTarget(target(marketing, "cpl", "2026-Q3", "AT_MOST", 50, owner));
        Map<String, Object> change = target(marketing, "cpl", "2026-Q3", "AT_MOST", 45, owner);
        change.put("version", 0);
        change.put("rationale", "Cheaper leads from the new channel");
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/targets/" + id)
                .then()
                .statusCode(200)
                .body("threshold.value", equalTo(45))
                .body("rationale", equalTo("Cheaper leads from the new channel"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/targets/" + id)
                .then()
                .statusCode(409);
        given().get("/api/targets/" + id).then().body("version", equalTo(1));
    }

    @Test
    void removingATargetNeedsTheCurrentVersion() {
        String id = PlanApi.setTarget(target(marketing, "leads", "2026-Q3", "AT_LEAST", 400, owner));
        given().queryParam("version", 5).delete("/api/targets/" + id).then().statusCode(409);
        given().queryParam("version", 0).delete("/api/targets/" + id).then().statusCode(204);
        given().get("/api/targets/" + id).then().statusCode(404);
    }

    @Test
    void unknownTargetsAreNotFound() {
        given().get("/api/targets/not-a-uuid").then().statusCode(404);
        given().get("/api/targets/00000000-0000-0000-0000-000000000001").then().statusCode(404);
        Map<String, Object> change = target(marketing, "cac", "2026-Q3", "AT_MOST", 1, owner);
        change.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/targets/00000000-0000-0000-0000-000000000001")
                .then()
                .statusCode(404);
    }

    @Test
    void copyingAPeriodCarriesTheTargetsOverAndSkipsThoseAlreadyThere() {
        PlanApi.setTarget(target(sales, "new_revenue", "2026-Q1", "AT_LEAST", 1000000, owner));
        PlanApi.setTarget(target(sales, "deals", "2026-Q1", "AT_LEAST", 20, owner));
        PlanApi.setTarget(target(sales, "deals", "2026-Q2", "AT_LEAST", 22, owner));
        given().contentType(ContentType.JSON)
                .body(Map.of("team", sales, "from", "2026-Q1"))
                .post("/api/targets/copy")
                .then()
                .statusCode(200)
                .body("to", equalTo("2026-Q2"))
                .body("copied", equalTo(1))
                .body("skipped", equalTo(1));
        given().queryParam("team", sales)
                .queryParam("period", "2026-Q2")
                .queryParam("metric", "deals")
                .get("/api/targets")
                .then()
                .body("items[0].threshold.value", equalTo(22));
        given().queryParam("team", sales)
                .queryParam("period", "2026-Q2")
                .get("/api/targets")
                .then()
                .body("total", equalTo(2));
    }

    @Test
    void aTeamThatHoldsTargetsCannotBeArchived() {
        long lonely = Api.createTeam(Names.unique("Holding"), "FINANCE", owner);
        PlanApi.setTarget(target(lonely, "revenue", "2026-Q3", "AT_LEAST", 10, owner));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/teams/" + lonely + "/archive")
                .then()
                .statusCode(409)
                .body("detail", containsString("KPI target"));
        given().get("/api/teams/" + lonely).then().body("archived", equalTo(false));
    }

    @Test
    void settingATargetIsWrittenToTheAuditTrail() {
        String id = PlanApi.setTarget(target(marketing, "visits", "2026-Q3", "AT_LEAST", 1000, owner));
        given().queryParam("entity", "target")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("set"));
    }
}
