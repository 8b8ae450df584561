package dev.baton.app.web;

import static dev.baton.app.support.PlanApi.stage;
import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.baton.app.support.Api;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class AlignmentPagesTest {

    private long owner;
    private long marketing;
    private long sales;

    @BeforeEach
    void teamsAndAFunnel() {
        owner = Api.createPerson("Page Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        PlanApi.createFunnel(Names.unique("Page funnel"), stage("mql", marketing), stage("sql", sales));
    }

    @Test
    void theTargetEditorRendersTheTeamsTargetsFindingsAndHandoffs() {
        PlanApi.setTarget(target(marketing, "cac", "2028-Q1", "AT_LEAST", 900, owner));
        given().queryParam("team", marketing)
                .queryParam("period", "2028-Q1")
                .get("/targets")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("Targets of Marketing"),
                        containsString("action=\"/targets\""),
                        containsString("name=\"" + Csrf.FIELD + "\""),
                        containsString("Runs against the metric"),
                        containsString("no shared metric"),
                        containsString("Copy to next period")));
    }

    @Test
    void theTargetPickerRendersWithoutATeam() {
        given().get("/targets").then().statusCode(200).body(containsString("name=\"team\""));
    }

    @Test
    void aFormPostCreatesATarget() {
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", sales)
                .formParam("viewPeriod", "2028-Q2")
                .formParam("intent", "save")
                .formParam("metric", "new_revenue")
                .formParam("period", "2028-Q2")
                .formParam("type", "AT_LEAST")
                .formParam("value", "1000000")
                .formParam("ownerId", owner)
                .post("/targets")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern(".*/targets\\?team=" + sales + "&period=2028-Q2&saved=true"));
        given().queryParam("team", sales)
                .queryParam("period", "2028-Q2")
                .get("/api/targets")
                .then()
                .body("total", equalTo(1))
                .body("items[0].metric", equalTo("new_revenue"));
    }

    @Test
    void previewShowsTheScoreTheChangeWouldGiveAndSavesNothing() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", sales)
                .formParam("viewPeriod", "2028-Q3")
                .formParam("intent", "preview")
                .formParam("metric", "cac")
                .formParam("period", "2028-Q3")
                .formParam("type", "AT_MOST")
                .formParam("value", "500")
                .formParam("ownerId", owner)
                .post("/targets")
                .then()
                .statusCode(200)
                .body(containsString("Preview of this change"), containsString("value=\"500\""));
        given().queryParam("team", sales)
                .queryParam("period", "2028-Q3")
                .get("/api/targets")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aRefusedTargetFormKeepsWhatWasTypedAndNamesTheField() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", sales)
                .formParam("viewPeriod", "2028-Q3")
                .formParam("intent", "save")
                .formParam("metric", "cac")
                .formParam("period", "2028-Q3")
                .formParam("type", "AT_MOST")
                .formParam("value", "")
                .formParam("ownerId", owner)
                .formParam("rationale", "keep me")
                .post("/targets")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"target-value-error\""),
                        containsString("keep me"),
                        containsString("<option value=\"AT_MOST\" selected>"));
    }

    @Test
    void aBarThatIsNotANumberIsSaidToBeNoNumberAndKeptAsTyped() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", sales)
                .formParam("viewPeriod", "2028-Q3")
                .formParam("intent", "save")
                .formParam("metric", "cac")
                .formParam("period", "2028-Q3")
                .formParam("type", "AT_MOST")
                .formParam("value", "five hundred")
                .formParam("ownerId", owner)
                .post("/targets")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"target-value-error\""),
                        containsString("&#39;five hundred&#39; is not a number"),
                        containsString("value=\"five hundred\""));
    }

    @Test
    void anUncoveredHandoffOffersTheNeighboursBarForOneClickAdoption() {
        PlanApi.setTarget(target(sales, "new_revenue", "2028-Q4", "AT_LEAST", 750000, owner));
        given().queryParam("team", marketing)
                .queryParam("period", "2028-Q4")
                .get("/targets")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/targets/adopt\""), containsString("value=\"750000\""));
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", marketing)
                .formParam("viewPeriod", "2028-Q4")
                .formParam("metric", "new_revenue")
                .formParam("type", "AT_LEAST")
                .formParam("value", "750000")
                .post("/targets/adopt")
                .then()
                .statusCode(303);
        given().queryParam("period", "2028-Q4")
                .get("/api/alignment")
                .then()
                .body(
                        "handoffs.find { it.fromTeam.id == " + marketing + " && it.toTeam.id == " + sales
                                + " }.covered",
                        equalTo(true));
    }

    @Test
    void aRefusedAdoptionShowsTheEditorAgainWithTheBarAsSent() {
        PlanApi.setTarget(target(marketing, "new_revenue", "2029-Q3", "AT_LEAST", 500000, owner));
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", marketing)
                .formParam("viewPeriod", "2029-Q3")
                .formParam("metric", "new_revenue")
                .formParam("type", "AT_LEAST")
                .formParam("value", "750000")
                .post("/targets/adopt")
                .then()
                .statusCode(422)
                .body(
                        containsString("Targets of Marketing"),
                        containsString("already holds a target on"),
                        containsString("value=\"750000\""));
        given().queryParam("team", marketing)
                .queryParam("period", "2029-Q3")
                .get("/api/targets")
                .then()
                .body("total", equalTo(1))
                .body("items[0].threshold.value", equalTo(500000));
    }

    @Test
    void copyToNextPeriodCarriesTheTargetsOver() {
        PlanApi.setTarget(target(marketing, "leads", "2029-Q1", "AT_LEAST", 100, owner));
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", marketing)
                .formParam("viewPeriod", "2029-Q1")
                .post("/targets/copy")
                .then()
                .statusCode(303)
                .header("Location", containsString("period=2029-Q2&copied=1&skipped=0"));
    }

    @Test
    void theFunnelEditorCreatesAFunnelAndShowsItsHandoffs() {
        String name = Names.unique("Form funnel");
        String location = given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", name)
                .formParam("key", "lead", "mql", "sql", "")
                .formParam("stageName", "Lead", "MQL", "SQL", "")
                .formParam("team", marketing, marketing, sales, "")
                .post("/admin/funnels")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern(".*/admin/funnels/\\d+\\?saved=true"))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body(containsString(name), containsString("handoff-mark"), containsString("Saved."));
        given().get("/admin/funnels").then().statusCode(200).body(containsString(name));
    }

    @Test
    void aRefusedFunnelFormNamesTheBadStage() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "Bad")
                .formParam("key", "lead", "Bad Key")
                .formParam("stageName", "Lead", "Bad")
                .formParam("team", marketing, sales)
                .post("/admin/funnels")
                .then()
                .statusCode(422)
                .body(containsString("id=\"stage-key-1-error\""), containsString("value=\"Bad Key\""));
    }
}
