package dev.baton.app.alignment;

import static dev.baton.app.support.PlanApi.scoped;
import static dev.baton.app.support.PlanApi.stage;
import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/alignment over the stored plan, and what-if changes to it that are never saved. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class StoredAlignmentApiTest {

    private long owner;
    private long marketing;
    private long sales;
    private String funnel;
    private String salesRevenue;

    @BeforeEach
    void theArticlesPlanStored() {
        owner = Api.createPerson("Plan Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        funnel = Names.unique("Article");
        PlanApi.createFunnel(funnel, stage("mql", marketing), stage("sql", sales), stage("customer", sales));
        PlanApi.setTarget(target(marketing, "cac", "2027-Q3", "AT_MOST", 500, owner));
        PlanApi.setTarget(target(marketing, "new_revenue", "2027-Q3", "AT_LEAST", 1000000, owner));
        salesRevenue = PlanApi.setTarget(target(sales, "new_revenue", "2027-Q3", "AT_LEAST", 1000000, owner));
        PlanApi.setTarget(
                scoped(target(sales, "stage_conversion_rate", "2027-Q3", "AT_LEAST", 20, owner), "sql", "customer"));
    }

    private JsonPath report(String period) {
        return given().queryParam("period", period)
                .get("/api/alignment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String ourHandoff() {
        return "handoffs.find { it.funnel == '" + funnel + "' && it.from == 'mql' }";
    }

    @Test
    void theStoredPlansReportCoversTheHandoffWithNewRevenue() {
        JsonPath report = report("2027-Q3");
        org.assertj.core.api.Assertions.assertThat(report.getString("period")).isEqualTo("2027-Q3");
        org.assertj.core.api.Assertions.assertThat(report.getBoolean(ourHandoff() + ".covered"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(report.getList(ourHandoff() + ".sharedMetrics"))
                .contains("new_revenue");
        org.assertj.core.api.Assertions.assertThat(report.getInt(ourHandoff() + ".fromTeam.id"))
                .isEqualTo((int) marketing);
        org.assertj.core.api.Assertions.assertThat(report.getString("scoreFormula"))
                .contains("round(100 ×");
    }

    @Test
    void aMissingOrBadPeriodIsAFieldError() {
        given().get("/api/alignment").then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().queryParam("period", "someday").get("/api/alignment").then().statusCode(422);
    }

    @Test
    void whatIfShowsTheUncoveredHandoffWithoutSavingAnything() {
        String findingOnOurHandoff =
                "after.findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' && it.teams*.id.contains(" + sales
                        + ") }";
        given().contentType(ContentType.JSON)
                .body(Map.of("period", "2027-Q3", "action", "REMOVE", "targetId", salesRevenue))
                .when()
                .post("/api/alignment/what-if")
                .then()
                .statusCode(200)
                .body(findingOnOurHandoff + ".suggestions", hasItem("new_revenue"))
                .body(
                        "before.findings.findAll { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' && it.teams*.id.contains("
                                + sales + ") }",
                        hasSize(0));
        given().get("/api/targets/" + salesRevenue).then().statusCode(200).body("version", equalTo(0));
        org.assertj.core.api.Assertions.assertThat(report("2027-Q3").getBoolean(ourHandoff() + ".covered"))
                .isTrue();
    }

    @Test
    void whatIfASetTargetWouldBeInfeasible() {
        PlanApi.setTarget(target(sales, "deals", "2027-Q3", "AT_MOST", 21, owner));
        Map<String, Object> proposal = target(marketing, "average_deal_value", "2027-Q3", "AT_MOST", 40000, owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("period", "2027-Q3", "action", "SET", "target", proposal))
                .when()
                .post("/api/alignment/what-if")
                .then()
                .statusCode(200)
                .body("after.findings.code", hasItem("INFEASIBLE_TARGETS"))
                .body("before.findings.code", not(hasItem("INFEASIBLE_TARGETS")))
                .body(
                        "after.findings.find { it.code == 'INFEASIBLE_TARGETS' }.message.en",
                        containsString("47,619.05"));
        given().queryParam("team", marketing)
                .queryParam("metric", "average_deal_value")
                .get("/api/targets")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void whatIfRefusesAnUnknownMetricAndAnUnknownTarget() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "period",
                        "2027-Q3",
                        "action",
                        "SET",
                        "target",
                        Map.of(
                                "team",
                                marketing,
                                "metric",
                                "nope",
                                "threshold",
                                Map.of("type", "AT_LEAST", "value", 1))))
                .post("/api/alignment/what-if")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("target.metric"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "period", "2027-Q3", "action", "REMOVE", "targetId", "00000000-0000-0000-0000-000000000002"))
                .post("/api/alignment/what-if")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("period", "2027-Q3", "action", "JUGGLE"))
                .post("/api/alignment/what-if")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("action")));
    }
}
