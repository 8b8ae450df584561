package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A KPI's own page: its history as a chart with a table, its check-ins and a form that opens with the last one. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class KpiPageTest {

    private static final String PASSWORD = "kpi-page-password";

    private String target;
    private String leadSession;
    private String strangerSession;

    @BeforeEach
    void aTargetWithACheckIn() {
        String lead = SignIns.create("kim", "TEAM_LEAD", PASSWORD);
        String stranger = SignIns.create("sid", "TEAM_LEAD", PASSWORD);
        long person = Long.parseLong(lead.substring(lead.lastIndexOf('-') + 1));
        long team = AdminApi.team("Sales", "SALES", person);
        AdminApi.target(team, "new_revenue", "2026-Q4", "AT_LEAST", 150_000, person);
        target = AdminApi.admin()
                .queryParam("team", team)
                .get("/api/targets")
                .jsonPath()
                .getString("items[0].id");
        AdminApi.admin()
                .body(Map.of("note", "Two deals slipped\nsecond line", "confidence", "AT_RISK", "forecast", 130000))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(201);
        leadSession = SignIns.formSession(lead, PASSWORD);
        strangerSession = SignIns.formSession(stranger, PASSWORD);
    }

    @Test
    void thePageShowsTheChartItsTableAndTheCheckInsWithTheFormOpenedOnTheLastOne() {
        given().cookie("baton_session", leadSession)
                .get("/kpis/" + target)
                .then()
                .statusCode(200)
                .body(
                        containsString("<svg class=\"kpi-chart\""),
                        containsString("<table id=\"kpi-table\""),
                        containsString("2026-Q4"),
                        containsString("2024-Q1"),
                        containsString("Two deals slipped"),
                        containsString("value=\"130000\""),
                        containsString("action=\"/kpis/" + target + "/check-ins\""));
    }

    @Test
    void theTeamsLeadRecordsACheckInFromThePageAndAStrangerMayNot() {
        given().redirects()
                .follow(false)
                .cookie("baton_session", leadSession)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("note", "Both deals are back")
                .formParam("confidence", "ON_TRACK")
                .post("/kpis/" + target + "/check-ins")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/kpis/" + target));
        given().cookie("baton_session", strangerSession)
                .get("/kpis/" + target)
                .then()
                .statusCode(200)
                .body(containsString("Both deals are back"), not(containsString("action=\"/kpis/")));
        given().redirects()
                .follow(false)
                .cookie("baton_session", strangerSession)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("note", "Hello")
                .formParam("confidence", "ON_TRACK")
                .post("/kpis/" + target + "/check-ins")
                .then()
                .statusCode(403);
    }
}
