package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class TeamPagesTest {

    @Test
    void theTeamsPageRendersWithItsCreateForm() {
        given().when()
                .get("/admin/teams")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Teams</h1>"), containsString("action=\"/admin/teams\"")));
    }

    @Test
    void postingTheFormCreatesATeamAndShowsIt() {
        long owner = Api.createPerson("Form Owner", "TEAM_LEAD");
        String name = Names.unique("Browser made");
        String location = given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", name)
                .formParam("kind", "MARKETING")
                .formParam("ownerId", owner)
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern(".*/admin/teams/\\d+\\?saved=true"))
                .extract()
                .header("Location");
        given().get(location).then().statusCode(200).body(containsString(name), containsString("Saved."));
        given().queryParam("size", 200).get("/admin/teams").then().body(containsString(name));
    }

    @Test
    void aRefusedFormShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "")
                .formParam("kind", "SALES")
                .formParam("ownerId", "")
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"team-name-error\">A team name is required."),
                        containsString("id=\"team-owner-error\">A team needs an owner."),
                        containsString("<option value=\"SALES\" selected>"));
    }

    @Test
    void typedTextIsEscapedWhenTheFormComesBack() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "<script>alert(1)</script>")
                .formParam("kind", "")
                .formParam("ownerId", "")
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(422)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")));
    }

    @Test
    void chineseReadersGetChinesePages() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9")
                .when()
                .get("/admin/teams")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("<h1>团队</h1>"));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndGoesBack() {
        given().redirects()
                .follow(false)
                .header("Referer", "http://elsewhere.example/admin/people?page=2")
                .queryParam("lang", "zh-CN")
                .when()
                .get("/language")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern("http://[^/]+/admin/people\\?page=2"))
                .cookie("baton_lang", "zh-CN");
        given().cookie("baton_lang", "zh-CN")
                .header("Accept-Language", "en")
                .get("/admin/people")
                .then()
                .body(containsString("<h1>人员</h1>"));
    }

    @Test
    void anUnknownTeamIsAnHtmlNotFoundPage() {
        given().when()
                .get("/admin/teams/424242424")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"), not(containsString("Exception")));
    }

    @Test
    void theStartPageLeadsToTheScorecard() {
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/scorecard"));
    }

    @Test
    void aFormPostWithoutAValidAntiForgeryTokenIsRefusedAndChangesNothing() {
        String name = Names.unique("Forged");
        given().formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", Api.createPerson("Victim", "TEAM_LEAD"))
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(400);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, "dGhlLXdyb25nLXRva2VuIQ")
                .formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", "1")
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Please check the address or the form and try again."));
        // A token that is not even base64url is refused like a wrong one, not answered as a fault.
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, "%%% not a token %%%")
                .formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", "1")
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"));
        // The token in clear as the cookie: only its signature is accepted there, which another site cannot make.
        given().cookie(Csrf.COOKIE, Csrf.TOKEN)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", "1")
                .when()
                .post("/admin/teams")
                .then()
                .statusCode(400);
        given().queryParam("size", 200).get("/api/teams").then().body(not(containsString(name)));
    }

    @Test
    void everyPageFormCarriesATokenWhoseSignatureIsTheCookieSetBesideIt() {
        io.restassured.response.Response page = given().get("/admin/teams");
        String token = page.htmlPath().getString("**.find { it.@name == '" + Csrf.FIELD + "' }.@value");
        assertThat(token).isNotBlank();
        assertThat(page.getDetailedCookie(Csrf.COOKIE).isHttpOnly()).isTrue();
        assertThat(page.getCookie(Csrf.COOKIE)).isEqualTo(Csrf.signed(token)).isNotEqualTo(token);

        String name = Names.unique("Signed");
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .formParam(Csrf.FIELD, token)
                .formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", Api.createPerson("Signed Owner", "TEAM_LEAD"))
                .post("/admin/teams")
                .then()
                .statusCode(303);
    }
}
