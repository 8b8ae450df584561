package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Opening the target editor without naming a team: a team lead lands on their own team, others pick one. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TargetEditorLandingTest {

    private static final String PASSWORD = "landing-password";

    @Test
    void aTeamLeadOpeningTheEditorLandsOnTheirOwnTeam() {
        String username = SignIns.create("lander", "TEAM_LEAD", PASSWORD);
        long person = Long.parseLong(username.substring(username.lastIndexOf('-') + 1));
        long own = AdminApi.team("Landing", "MARKETING", person);
        String session = SignIns.formSession(username, PASSWORD);

        given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .get("/targets?period=2031-Q1")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/targets?team=" + own + "&period=2031-Q1"));
        given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .get("/targets")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/targets?team=" + own));
    }

    @Test
    void anAdminOpeningTheEditorPicksATeam() {
        given().redirects()
                .follow(false)
                .auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .get("/targets")
                .then()
                .statusCode(200)
                .body(containsString("name=\"team\""));
    }

    @Test
    void aTeamLeadWithoutATeamPicksOne() {
        String username = SignIns.create("teamless", "TEAM_LEAD", PASSWORD);
        given().redirects()
                .follow(false)
                .cookie("baton_session", SignIns.formSession(username, PASSWORD))
                .get("/targets")
                .then()
                .statusCode(200)
                .body(containsString("name=\"team\""));
    }
}
