package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A KPI's own page: its history as a chart with a table, its check-ins and a form that opens with the last one; and
 * the form that edits a check-in.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class KpiPageTest {

    private static final String PASSWORD = "kpi-page-password";

    private String target;
    private String checkIn;
    private String leadUsername;
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
        checkIn = AdminApi.admin()
                .body(Map.of("note", "Two deals slipped\nsecond line", "confidence", "AT_RISK", "forecast", 130000))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        leadUsername = lead;
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
                .header("Location", endsWith("/kpis/" + target + "?recorded=true"));
        given().cookie("baton_session", leadSession)
                .header("Accept-Language", "en")
                .get("/kpis/" + target + "?recorded=true")
                .then()
                .statusCode(200)
                .body(containsString("role=\"status\">Check-in recorded."));
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

    private Response postCheckIn(String session, String note, String forecast) {
        return postForm(
                session,
                "/kpis/" + target + "/check-ins",
                Map.of("note", note, "confidence", "OFF_TRACK", "forecast", forecast));
    }

    /** A form post with the session, the anti-forgery token and English asked for, redirects not followed. */
    private static Response postForm(String session, String path, Map<String, String> fields) {
        return given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .header("Accept-Language", "en")
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParams(fields)
                .post(path);
    }

    @Test
    void aRefusedCheckInComesBackWithTheMessageNextToItsFieldAndWhatWasTyped() {
        postCheckIn(leadSession, "Pipeline is thin", "a lot")
                .then()
                .statusCode(422)
                .body(
                        containsString("&#39;a lot&#39; is not a number"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"ci-forecast-error\" autofocus"),
                        containsString(">Pipeline is thin</textarea>"),
                        containsString("<option value=\"OFF_TRACK\" selected>"),
                        containsString("value=\"a lot\""));
        postCheckIn(leadSession, "   ", "120000")
                .then()
                .statusCode(422)
                .body(
                        containsString("aria-invalid=\"true\" aria-describedby=\"ci-note-error\" autofocus"),
                        containsString("value=\"120000\""));
        assertThat(checkIns().getList("$")).hasSize(1);
    }

    @Test
    void someoneWhoMayNotRecordIsRefusedEvenWhenWhatTheySentIsInvalid() {
        postCheckIn(strangerSession, "", "not a number").then().statusCode(403);
        assertThat(checkIns().getList("$")).hasSize(1);
    }

    private Response postEdit(String session, String note, String version) {
        return postForm(
                session,
                "/kpis/" + target + "/check-ins/" + checkIn,
                Map.of("note", note, "confidence", "ON_TRACK", "forecast", "140000", "version", version));
    }

    private JsonPath checkIns() {
        return AdminApi.admin()
                .get("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theLeadEditsACheckInThroughAFormOpenedOnItsValuesAndTheOriginalIsKept() {
        given().cookie("baton_session", leadSession)
                .get("/kpis/" + target)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/kpis/" + target + "/check-ins/" + checkIn + "/edit\""));
        given().cookie("baton_session", leadSession)
                .header("Accept-Language", "en")
                .get("/kpis/" + target + "/check-ins/" + checkIn + "/edit")
                .then()
                .statusCode(200)
                .body(
                        containsString("action=\"/kpis/" + target + "/check-ins/" + checkIn + "\""),
                        containsString(">Two deals slipped\nsecond line</textarea>"),
                        containsString("<option value=\"AT_RISK\" selected>"),
                        containsString("value=\"130000\""),
                        containsString("name=\"version\" value=\"0\""));

        postEdit(leadSession, "Both deals are back", "0")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/kpis/" + target + "?edited=true"));

        JsonPath listed = checkIns();
        assertThat(listed.getList("$")).hasSize(1);
        assertThat(listed.getList("[0].history")).hasSize(2);
        assertThat(listed.getString("[0].history[0].note")).isEqualTo("Two deals slipped\nsecond line");
        assertThat(listed.getString("[0].history[1].note")).isEqualTo("Both deals are back");
        assertThat(listed.getString("[0].history[1].confidence")).isEqualTo("ON_TRACK");
        assertThat(listed.getString("[0].history[1].writtenBy")).isEqualTo(leadUsername);
        assertThat(listed.getString("[0].history[1].writtenAt")).isNotBlank();
        given().cookie("baton_session", leadSession)
                .header("Accept-Language", "en")
                .get("/kpis/" + target + "?edited=true")
                .then()
                .statusCode(200)
                .body(
                        containsString("Saved. The check-in&#39;s earlier wording stays in its history."),
                        containsString("edited by " + leadUsername));
    }

    @Test
    void aNoteOverTwoThousandCharactersComesBackWithItsMessageAndWhatWasTyped() {
        String tooLong = "x".repeat(2001);
        postEdit(leadSession, tooLong, "0")
                .then()
                .statusCode(422)
                .body(
                        containsString("A check-in note has at most"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"ci-note-error\""),
                        containsString(">" + tooLong + "</textarea>"),
                        containsString("value=\"140000\""));
        assertThat(checkIns().getList("[0].history")).hasSize(1);
    }

    @Test
    void anEditFromAStaleFormShowsTheConflictBesideItAndKeepsWhatWasTyped() {
        AdminApi.admin()
                .body(Map.of("note", "Edited elsewhere first", "confidence", "OFF_TRACK", "version", 0))
                .put("/api/targets/" + target + "/check-ins/" + checkIn)
                .then()
                .statusCode(200);

        postEdit(leadSession, "My own words", "0")
                .then()
                .statusCode(409)
                .body(
                        containsString("Someone else edited this check-in since you opened the form"),
                        containsString("Edited elsewhere first"),
                        containsString(">My own words</textarea>"),
                        containsString("name=\"version\" value=\"1\""));
        assertThat(checkIns().getString("[0].note")).isEqualTo("Edited elsewhere first");
    }

    @Test
    void someoneWhoMayNotEditTheCheckInIsRefusedTheFormAndTheSave() {
        given().redirects()
                .follow(false)
                .cookie("baton_session", strangerSession)
                .get("/kpis/" + target + "/check-ins/" + checkIn + "/edit")
                .then()
                .statusCode(403);
        postEdit(strangerSession, "Not mine to change", "0").then().statusCode(403);
        postEdit(strangerSession, "x".repeat(2001), "0").then().statusCode(403);
        assertThat(checkIns().getList("[0].history")).hasSize(1);
    }
}
