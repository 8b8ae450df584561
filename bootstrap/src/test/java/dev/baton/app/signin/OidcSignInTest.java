package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.FakeOidcProvider;
import dev.baton.app.support.OidcOn;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single sign-on against {@link FakeOidcProvider}, with the browser played by hand: redirects are not followed, and
 * each cookie is carried exactly as a browser would carry it.
 */
@QuarkusTest
@TestProfile(OidcOn.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class OidcSignInTest {

    private static final String PASSWORD = "password-never-typed-here";

    /** One trip to the provider and back, up to the callback Baton receives. */
    private record RoundTrip(String pendingCookie, String callback) {

        Response callBack() {
            return callBack(pendingCookie, callback);
        }

        static Response callBack(String pendingCookie, String callback) {
            RequestSpecification browser = given().redirects().follow(false).urlEncodingEnabled(false);
            if (pendingCookie != null) {
                browser = browser.cookie("baton_oidc", pendingCookie);
            }
            return browser.get(callback);
        }
    }

    private static RoundTrip signInAtProvider(String username, String trick) {
        Response start = given().redirects().follow(false).get("/login/oidc");
        start.then().statusCode(303).header("Location", startsWith(issuer() + "/authorize?"));
        String pending = start.getCookie("baton_oidc");
        assertThat(start.getDetailedCookie("baton_oidc").isHttpOnly()).isTrue();
        assertThat(start.getDetailedCookie("baton_oidc").getSameSite()).isEqualToIgnoringCase("Lax");
        String authorize =
                start.header("Location") + "&login_as=" + encode(username) + (trick == null ? "" : "&trick=" + trick);
        Response atProvider =
                given().redirects().follow(false).urlEncodingEnabled(false).get(authorize);
        atProvider.then().statusCode(302).header("Location", containsString("/login/oidc/callback?code="));
        return new RoundTrip(pending, atProvider.header("Location"));
    }

    private static RoundTrip anExecutiveBackFromTheProvider() {
        return signInAtProvider(SignIns.create("sso", "EXECUTIVE", PASSWORD), null);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("baton.oidc.issuer", String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertRefused(Response callback, String problem) {
        callback.then().statusCode(303).header("Location", endsWith("/login?sso=" + problem));
        assertThat(callback.getCookie("baton_session")).as("no session").isNullOrEmpty();
    }

    @Test
    void theFullRoundTripStartsASessionAsTheMappedUserWithTheirBatonRoles() {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);

        Response callback = signInAtProvider(executive, null).callBack();

        callback.then()
                .statusCode(200)
                .body(containsString("<meta http-equiv=\"refresh\" content=\"0;url=/\">"))
                .body(containsString("href=\"/\""));
        String session = callback.getCookie("baton_session");
        assertThat(session).isNotBlank();
        assertThat(callback.getDetailedCookie("baton_session").isHttpOnly()).isTrue();
        assertThat(callback.getDetailedCookie("baton_session").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(callback.getCookie("baton_oidc"))
                .as("the pending sign-in is spent")
                .isEmpty();
        given().cookie("baton_session", session)
                .get("/scorecard")
                .then()
                .statusCode(200)
                .body(containsString("Signed in as " + executive));
        // An executive reads but does not import measures: the roles are Baton's, not the provider's.
        given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .get("/measures/import")
                .then()
                .statusCode(403);
    }

    @Test
    void theProvidersNameMatchesTheSignInIgnoringCaseAndATeamLeadGetsALeadsPages() {
        String lead = SignIns.create("sso", "TEAM_LEAD", PASSWORD);

        Response callback =
                signInAtProvider(lead.toUpperCase(Locale.ROOT), null).callBack();

        String session = callback.getCookie("baton_session");
        given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .get("/measures/import")
                .then()
                .statusCode(200)
                .body(containsString("Signed in as " + lead));
    }

    @Test
    void someoneWithoutABatonSignInIsRefusedAndNoAccountIsCreated() {
        String stranger = "stranger-" + System.nanoTime();

        assertRefused(signInAtProvider(stranger, null).callBack(), "no-account");

        assertRefused(signInAtProvider(stranger, null).callBack(), "no-account");
        given().auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .queryParam("search", stranger)
                .get("/api/people")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().get("/login?sso=no-account")
                .then()
                .statusCode(401)
                .body(containsString("has no Baton sign-in. Ask an admin to give you one."));
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        String forged = trip.callback().replaceFirst("state=[^&]+", "state=forged-state");

        assertRefused(RoundTrip.callBack(trip.pendingCookie(), forged), "refused");
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        String stateless = trip.callback().replaceFirst("&state=[^&]+", "");

        assertRefused(RoundTrip.callBack(trip.pendingCookie(), stateless), "refused");
    }

    @Test
    void aCallbackWithoutThePendingCookieIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        assertRefused(RoundTrip.callBack(null, trip.callback()), "refused");
    }

    @Test
    void aPendingCookieThatWasAlteredIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();
        String cookie = trip.pendingCookie();
        int last = cookie.length() - 2;
        String altered =
                cookie.substring(0, last) + (cookie.charAt(last) == 'A' ? 'B' : 'A') + cookie.substring(last + 1);

        assertRefused(RoundTrip.callBack(altered, trip.callback()), "refused");
    }

    @Test
    void anotherBrowsersPendingCookieIsRefused() {
        RoundTrip mine = anExecutiveBackFromTheProvider();
        RoundTrip theirs = anExecutiveBackFromTheProvider();

        assertRefused(RoundTrip.callBack(theirs.pendingCookie(), mine.callback()), "refused");
    }

    /** Each trick makes the fake provider hand out one bad ID token: see {@link FakeOidcProvider}. */
    @ParameterizedTest(name = "an ID token with {0} is refused")
    @ValueSource(strings = {"foreign-signature", "wrong-nonce", "wrong-audience", "expired"})
    void anIdTokenThatDoesNotValidateIsRefused(String trick) {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);

        assertRefused(signInAtProvider(executive, trick).callBack(), "refused");
    }

    @Test
    void aCodeIsGoodForOneSignInOnly() {
        RoundTrip trip = anExecutiveBackFromTheProvider();
        trip.callBack().then().statusCode(200);

        assertRefused(trip.callBack(), "refused");
    }

    @Test
    void theProviderReportingAnErrorSendsBackToTheSignInPage() {
        Response start = given().redirects().follow(false).get("/login/oidc");
        String state = URI.create(start.header("Location")).getQuery().replaceAll(".*(?:^|&)state=([^&]+).*", "$1");

        Response callback = RoundTrip.callBack(
                start.getCookie("baton_oidc"), "/login/oidc/callback?error=access_denied&state=" + state);

        assertRefused(callback, "refused");
    }

    @Test
    void theSignInPageOffersSingleSignOnAsALinkInBothLanguages() {
        given().get("/login")
                .then()
                .statusCode(200)
                .body(containsString(
                        "<a class=\"button secondary\" href=\"/login/oidc\">Sign in with single sign-on</a>"));
        given().header("Accept-Language", "zh-CN")
                .get("/login")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/login/oidc\">使用单点登录</a>"));
    }

    @Test
    void theSignInPageSaysWhySingleSignOnDidNotComplete() {
        given().get("/login?sso=refused")
                .then()
                .statusCode(401)
                .body(containsString("Single sign-on did not complete."));
        given().header("Accept-Language", "zh-CN")
                .get("/login?sso=unavailable")
                .then()
                .statusCode(401)
                .body(containsString("暂时无法连接单点登录服务。"));
    }

    @Test
    void passwordSignInStillWorksBesideSingleSignOn() {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);

        assertThat(SignIns.formSession(executive, PASSWORD)).isNotBlank();
    }
}
