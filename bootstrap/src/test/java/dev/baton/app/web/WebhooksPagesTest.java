package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The admin's chat webhook page: linked for admins, a refused URL kept in its field, a saved one shown. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WebhooksPagesTest {

    private static String admin() {
        return SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
    }

    @Test
    void anAdminFindsThePageInTheNavigationWithAFormPerTeam() {
        long owner = AdminApi.person("Page Hook Owner", "TEAM_LEAD");
        long team = AdminApi.team("Page hooked", "MARKETING", owner);

        given().cookie("baton_session", admin())
                .get("/admin/notifications")
                .then()
                .statusCode(200)
                .body(
                        containsString("href=\"/admin/notifications\" aria-current=\"page\""),
                        containsString("action=\"/admin/notifications/company\""),
                        containsString("action=\"/admin/notifications/teams/" + team + "\""));
    }

    @Test
    void aRefusedUrlComesBackInItsFieldWithTheMessageBesideIt() {
        given().cookie("baton_session", admin())
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("url", "hooks.slack.com/not-absolute")
                .formParam("version", "")
                .post("/admin/notifications/company")
                .then()
                .statusCode(422)
                .body(allOf(
                        containsString("value=\"hooks.slack.com/not-absolute\""),
                        containsString("id=\"hook-company-error\">A webhook URL is an absolute http or https address"),
                        containsString("aria-describedby=\"hook-company-error\"")));
    }

    @Test
    void aSavedTeamWebhookIsShownWithTheSavedNotice() {
        long owner = AdminApi.person("Saved Hook Owner", "TEAM_LEAD");
        long team = AdminApi.team("Saved hooked", "SALES", owner);
        String session = admin();

        given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("url", "https://hooks.example.com/saved-" + team)
                .formParam("version", "")
                .post("/admin/notifications/teams/" + team)
                .then()
                .statusCode(303)
                .header("Location", containsString("/admin/notifications?saved=true"));
        given().cookie("baton_session", session)
                .get("/admin/notifications?saved=true")
                .then()
                .body(
                        containsString("The webhook is saved."),
                        containsString("value=\"https://hooks.example.com/saved-" + team + "\""),
                        containsString("action=\"/admin/notifications/teams/" + team + "/clear\""));
    }

    @Test
    void aTeamLeadIsTurnedAway() {
        String lead = SignIns.formSession(
                SignIns.create("hookpage", "TEAM_LEAD", "hook-page-password"), "hook-page-password");

        given().cookie("baton_session", lead).get("/admin/notifications").then().statusCode(403);
    }
}
