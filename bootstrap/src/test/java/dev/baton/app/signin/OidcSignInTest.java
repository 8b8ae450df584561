package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.OidcOn;
import dev.baton.app.support.SignIns;
import dev.baton.app.support.TestProvider;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single sign-on against the provider of quarkus-test-oidc-server, with the browser played by hand: redirects are not
 * followed, and each cookie is carried exactly as a browser would carry it.
 */
@QuarkusTest
@TestProfile(OidcOn.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class OidcSignInTest {

    private static final String PASSWORD = "password-never-typed-here";

    @OidcWireMock
    WireMockServer provider;

    /** The cookies a browser holds for Baton, updated from every answer as a browser would. */
    private static final class Jar {

        private final Map<String, String> cookies = new HashMap<>();

        Response get(String url) {
            RequestSpecification browser = given().redirects().follow(false).urlEncodingEnabled(false);
            if (!cookies.isEmpty()) {
                browser = browser.cookies(cookies);
            }
            Response response = browser.get(url);
            for (Cookie cookie : response.getDetailedCookies()) {
                if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
            return response;
        }

        Jar copy() {
            Jar copy = new Jar();
            copy.cookies.putAll(cookies);
            return copy;
        }
    }

    /** One trip to the provider, up to the callback Baton receives, in the browser that made it. */
    private record RoundTrip(Jar browser, String authorization, String callback) {

        /** The callback, and Baton's own redirect that ends quarkus-oidc's part, to the answer the reader sees. */
        Response callBack() {
            return callBack(browser, callback);
        }

        static Response callBack(Jar browser, String callback) {
            Response answer = browser.get(callback);
            if (answer.statusCode() == 302 && answer.header("Location").endsWith("/login/oidc/callback")) {
                return browser.get(answer.header("Location"));
            }
            return answer;
        }
    }

    private RoundTrip toTheProviderAndBack(Function<String, String> idTokenForNonce) {
        Jar browser = new Jar();
        Response start = browser.get("/login/oidc");
        start.then().statusCode(302).header("Location", startsWith(provider.baseUrl() + "/auth/realms/quarkus?"));
        String authorization = start.header("Location");
        assertThat(TestProvider.parameter(authorization, "code_challenge_method"))
                .isEqualTo("S256");
        assertThat(TestProvider.parameter(authorization, "state")).isNotBlank();
        Cookie state = start.getDetailedCookies().asList().stream()
                .filter(c -> c.getName().startsWith("q_auth"))
                .findFirst()
                .orElseThrow();
        assertThat(state.isHttpOnly()).isTrue();
        assertThat(state.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(state.getPath()).isEqualTo("/login/oidc");
        TestProvider.nextCodeGives(provider, idTokenForNonce.apply(TestProvider.nonceOf(authorization)));
        // The test server's sign-in form submits to /login, which sends the browser back with a code.
        Response atProvider = given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .get(provider.baseUrl() + "/login?" + query(authorization));
        atProvider.then().statusCode(302).header("Location", containsString("/login/oidc/callback?"));
        return new RoundTrip(browser, authorization, atProvider.header("Location"));
    }

    private static String query(String authorization) {
        return "state=" + TestProvider.parameter(authorization, "state") + "&redirect_uri="
                + authorization.replaceAll(".*[?&]redirect_uri=([^&]+).*", "$1");
    }

    private RoundTrip signInAtProvider(String username) {
        return toTheProviderAndBack(nonce -> TestProvider.idToken(username, nonce));
    }

    private RoundTrip anExecutiveBackFromTheProvider() {
        return signInAtProvider(SignIns.create("sso", "EXECUTIVE", PASSWORD));
    }

    private static void assertRefused(Response callback, String problem) {
        callback.then().statusCode(303).header("Location", endsWith("/login?sso=" + problem));
        assertThat(callback.getCookie("baton_session")).as("no session").isNullOrEmpty();
    }

    @Test
    void theFullRoundTripStartsASessionAsTheMappedUserWithTheirBatonRoles() {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);
        RoundTrip trip = signInAtProvider(executive);

        Response callback = trip.callBack();

        callback.then()
                .statusCode(200)
                .body(containsString("<meta http-equiv=\"refresh\" content=\"0;url=/\">"))
                .body(containsString("href=\"/\""));
        String session = callback.getCookie("baton_session");
        assertThat(session).isNotBlank();
        assertThat(callback.getDetailedCookie("baton_session").isHttpOnly()).isTrue();
        assertThat(callback.getDetailedCookie("baton_session").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(trip.browser().cookies.keySet())
                .as("quarkus-oidc's state and session cookies are spent")
                .contains("baton_session")
                .noneMatch(name -> name.startsWith("q_"));
        given().cookie("baton_session", session)
                .get("/scorecard")
                .then()
                .statusCode(200)
                .body(containsString("Signed in as " + executive));
        // The provider says ADMIN; an executive reads but does not import measures: the roles are Baton's.
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

        Response callback = signInAtProvider(lead.toUpperCase(Locale.ROOT)).callBack();

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
        RoundTrip trip = signInAtProvider(stranger);

        assertRefused(trip.callBack(), "no-account");

        assertThat(trip.browser().cookies.keySet())
                .as("no session of any kind is left")
                .noneMatch(name -> name.startsWith("q_") || name.equals("baton_session"));
        assertRefused(signInAtProvider(stranger).callBack(), "no-account");
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
    void anIdTokenWithoutTheUsernameClaimIsRefused() {
        RoundTrip trip = toTheProviderAndBack(TestProvider::idTokenWithoutTheUsername);

        assertRefused(trip.callBack(), "no-account");
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        String forged = trip.callback().replaceFirst("state=[^&]+", "state=forged-state");

        assertRefused(RoundTrip.callBack(trip.browser(), forged), "refused");
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        String stateless = trip.callback().replaceFirst("state=[^&]+&?", "");

        assertRefused(RoundTrip.callBack(trip.browser(), stateless), "refused");
    }

    @Test
    void aCallbackWithoutTheStateCookieIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();

        assertRefused(RoundTrip.callBack(new Jar(), trip.callback()), "refused");
    }

    @Test
    void aStateCookieThatWasAlteredIsRefused() {
        RoundTrip trip = anExecutiveBackFromTheProvider();
        Jar browser = trip.browser();
        String name = browser.cookies.keySet().stream()
                .filter(n -> n.startsWith("q_auth"))
                .findFirst()
                .orElseThrow();
        String cookie = browser.cookies.get(name);
        int last = cookie.length() - 2;
        browser.cookies.put(
                name,
                cookie.substring(0, last) + (cookie.charAt(last) == 'A' ? 'B' : 'A') + cookie.substring(last + 1));

        assertRefused(trip.callBack(), "refused");
    }

    @Test
    void anotherBrowsersStateCookieIsRefused() {
        RoundTrip mine = anExecutiveBackFromTheProvider();
        RoundTrip theirs = anExecutiveBackFromTheProvider();

        assertRefused(RoundTrip.callBack(theirs.browser(), mine.callback()), "refused");
    }

    @ParameterizedTest(name = "an ID token with {0} is refused")
    @ValueSource(strings = {"foreign-signature", "wrong-nonce", "wrong-audience", "wrong-issuer", "expired"})
    void anIdTokenThatDoesNotValidateIsRefused(String trick) {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);

        RoundTrip trip = toTheProviderAndBack(nonce -> TestProvider.badIdToken(trick, executive, nonce));

        assertRefused(trip.callBack(), "refused");
    }

    @Test
    void aCodeIsGoodForOneSignInOnly() {
        RoundTrip trip = anExecutiveBackFromTheProvider();
        Jar replay = trip.browser().copy();
        trip.callBack().then().statusCode(200);

        // Same callback, same state cookie: the provider refuses the spent code, and so does Baton.
        assertRefused(RoundTrip.callBack(replay, trip.callback()), "refused");
    }

    @Test
    void theProviderReportingAnErrorSendsBackToTheSignInPage() {
        Jar browser = new Jar();
        Response start = browser.get("/login/oidc");
        String state = TestProvider.parameter(start.header("Location"), "state");

        Response callback = RoundTrip.callBack(browser, "/login/oidc/callback?error=access_denied&state=" + state);

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
    void passwordSignInAndHttpBasicStillWorkBesideSingleSignOn() {
        String executive = SignIns.create("sso", "EXECUTIVE", PASSWORD);

        assertThat(SignIns.formSession(executive, PASSWORD)).isNotBlank();
        given().auth()
                .preemptive()
                .basic(executive, PASSWORD)
                .get("/api/teams")
                .then()
                .statusCode(200);
    }

    @Test
    void aPageWithoutASessionStillSendsToTheSignInFormNotToTheProvider() {
        given().redirects()
                .follow(false)
                .get("/scorecard")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
        given().redirects()
                .follow(false)
                .formParam("j_username", "nobody")
                .formParam("j_password", "wrong")
                .post("/j_security_check")
                .then()
                .header("Location", endsWith("/login?error=true"));
        given().auth()
                .preemptive()
                .basic("nobody", "wrong")
                .get("/api/teams")
                .then()
                .statusCode(401);
    }
}
