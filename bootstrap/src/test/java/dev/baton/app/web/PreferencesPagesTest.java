package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The preferences page: a keyboard-friendly form that keeps what was chosen when it is refused, and the stored language
 * as the page language after sign-in, with the page's language switch still holding for the session.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PreferencesPagesTest {

    private static final String PASSWORD = "preferences-page-password";

    private static String session(String role) {
        String username = SignIns.create("prefpage", role, PASSWORD);
        return SignIns.formSession(username, PASSWORD);
    }

    private static String versionOn(String session) {
        String page = given().cookie("baton_session", session)
                .get("/account/preferences")
                .asString();
        return page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    private static Response post(String session, String language, boolean digest, String version) {
        var request = given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("language", language)
                .formParam("version", version);
        if (digest) {
            request = request.formParam("digest", "on");
        }
        return request.post("/account/preferences");
    }

    @Test
    void theHeaderLinksThePreferencesForAnySignedInRoleAndThePageShowsTheStoredChoice() {
        String executive = session("EXECUTIVE");

        given().cookie("baton_session", executive)
                .get("/scorecard")
                .then()
                .body(
                        containsString("href=\"/account/preferences\""),
                        not(containsString("href=\"/admin/notifications\"")));
        given().cookie("baton_session", executive)
                .get("/account/preferences")
                .then()
                .statusCode(200)
                .body(
                        containsString("<h1 id=\"preferences-heading\">Preferences</h1>"),
                        containsString("name=\"language\" value=\"en\" checked"),
                        containsString("id=\"digest\" name=\"digest\" value=\"on\" checked"));
    }

    @Test
    void savingShowsTheSavedNoticeAndTheStoredLanguageBecomesThePageLanguage() {
        String lead = session("TEAM_LEAD");

        post(lead, "zh-CN", false, versionOn(lead))
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/preferences?saved=true"));

        given().cookie("baton_session", lead)
                .get("/account/preferences?saved=true")
                .then()
                .statusCode(200)
                .body(
                        containsString("<html lang=\"zh-CN\">"),
                        containsString("您的偏好设置已保存。"),
                        containsString("name=\"language\" value=\"zh-CN\" checked"),
                        not(containsString("id=\"digest\" name=\"digest\" value=\"on\" checked")));
        // A language picked before signing in, and the browser's own, give way to the stored one.
        given().cookie("baton_session", lead)
                .cookie("baton_lang", "en")
                .header("Accept-Language", "en")
                .get("/scorecard")
                .then()
                .body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void theLanguageSwitchHoldsForTheSessionWithoutChangingWhatIsStored() {
        String lead = session("TEAM_LEAD");
        post(lead, "zh-CN", true, versionOn(lead)).then().statusCode(303);

        Response switched = given().redirects()
                .follow(false)
                .cookie("baton_session", lead)
                .header("Referer", "http://localhost/scorecard")
                .get("/language?lang=en");
        switched.then().statusCode(303);
        String choice = switched.getCookie("baton_lang_session");
        org.assertj.core.api.Assertions.assertThat(choice).isEqualTo("en");

        given().cookie("baton_session", lead)
                .cookie("baton_lang_session", choice)
                .get("/scorecard")
                .then()
                .body(containsString("<html lang=\"en\">"));
        given().cookie("baton_session", lead)
                .get("/account/preferences")
                .then()
                .body(containsString("name=\"language\" value=\"zh-CN\" checked"));
    }

    @Test
    void anAnonymousSwitchSetsNoSessionChoice() {
        Response switched = given().redirects().follow(false).get("/language?lang=zh-CN");

        switched.then().statusCode(303).cookie("baton_lang", "zh-CN");
        org.assertj.core.api.Assertions.assertThat(switched.getCookie("baton_lang_session"))
                .isNull();
    }

    @Test
    void aRefusedLanguageIsShownNextToItsFieldAndTheRestOfTheFormIsKept() {
        String lead = session("TEAM_LEAD");
        String version = versionOn(lead);

        post(lead, "fr", false, version)
                .then()
                .statusCode(422)
                .body(allOf(
                        containsString("id=\"language-error\">&#39;fr&#39; is not one of en, zh-CN."),
                        containsString("aria-invalid=\"true\""),
                        containsString("name=\"version\" value=\"" + version + "\""),
                        not(containsString("id=\"digest\" name=\"digest\" value=\"on\" checked"))));
    }

    @Test
    void aStaleFormIsRefusedAndShowsWhatIsStoredNow() {
        String lead = session("TEAM_LEAD");
        String opened = versionOn(lead);
        post(lead, "zh-CN", true, opened).then().statusCode(303);

        post(lead, "en", false, opened)
                .then()
                .statusCode(409)
                .body(containsString("name=\"language\" value=\"zh-CN\" checked"), containsString("role=\"alert\""));
    }
}
