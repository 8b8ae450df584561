package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signing in with the first admin (its password comes from BATON_ADMIN_PASSWORD, here the test profile's). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SignInTest {

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    private static final String ADMIN_PASSWORD = "test-admin-secret";

    private static Response signIn(String username, String password) {
        return given().redirects()
                .follow(false)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void theSignInPageAsksForUsernameAndPassword() {
        given().get("/login")
                .then()
                .statusCode(200)
                .body(containsString("name=\"j_username\""), containsString("type=\"password\""));
    }

    @Test
    void theFirstAdminSignsInAndTheSessionOpensAdminPages() {
        Response signedIn = signIn("admin", ADMIN_PASSWORD);
        signedIn.then().statusCode(302).header("Location", endsWith("/"));
        String session = signedIn.getCookie("baton_session");
        given().cookie("baton_session", session)
                .get("/admin/teams")
                .then()
                .statusCode(200)
                .body(containsString("Signed in as admin"));
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithoutASession() {
        Response refused = signIn("admin", "wrong");
        refused.then().statusCode(302).header("Location", containsString("/login?error=true"));
        org.assertj.core.api.Assertions.assertThat(refused.getCookie("baton_session"))
                .isNullOrEmpty();
    }

    @Test
    void anonymousPagesRedirectToSignIn() {
        given().redirects()
                .follow(false)
                .get("/admin/teams")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void apiClientsSignInWithHttpBasic() {
        given().auth()
                .preemptive()
                .basic("admin", ADMIN_PASSWORD)
                .get("/api/teams")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("admin", "nope")
                .get("/api/teams")
                .then()
                .statusCode(401);
    }

    @Test
    void aUsernameLongerThanAnyAccountCanHaveIsAPlainRefusalOnTheForm() {
        for (String name : new String[] {"a".repeat(81), "x".repeat(5_000)}) {
            signIn(name, "whatever").then().statusCode(302).header("Location", containsString("/login?error=true"));
        }
    }

    @Test
    void aUsernameLongerThanAnyAccountCanHaveIsAPlainUnauthorizedOverHttpBasic() {
        for (String name : new String[] {"a".repeat(81), "x".repeat(5_000)}) {
            given().auth()
                    .preemptive()
                    .basic(name, "whatever")
                    .get("/api/teams")
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void fiveWrongPasswordsPauseTheNameEvenForTheRightPassword() {
        // An account of its own, so pausing it does not lock out the other tests.
        String username = "paused-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Person lead = people.add(Person.create(
                    people.nextId(),
                    new PersonName("Paused Lead"),
                    new EmailAddress(Names.email("paused")),
                    Set.of(Role.TEAM_LEAD)));
            accounts.add(new UserAccount(username, hasher.hash("right-password".toCharArray()), lead.id()));
        });
        // The right password opens the account, so what refuses it below is the pause and nothing else.
        signIn(username, "right-password").then().statusCode(302).header("Location", endsWith("/"));
        for (int i = 0; i < 5; i++) {
            signIn(username, "guess-" + i).then().header("Location", containsString("error=true"));
        }

        signIn(username, "right-password").then().header("Location", containsString("error=true"));
        given().auth()
                .preemptive()
                .basic(username, "right-password")
                .get("/api/teams")
                .then()
                .statusCode(401);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String username = "lead-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Person lead = people.add(Person.create(
                    people.nextId(),
                    new PersonName("Locked Lead"),
                    new EmailAddress(Names.email("locked")),
                    Set.of(Role.TEAM_LEAD)));
            accounts.add(new UserAccount(username, hasher.hash("right-password".toCharArray()), lead.id()));
        });
        given().auth()
                .preemptive()
                .basic(username, "right-password")
                .get("/api/teams")
                .then()
                .statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().auth()
                    .preemptive()
                    .basic(username, "wrong-" + i)
                    .get("/api/teams")
                    .then()
                    .statusCode(401);
        }
        given().auth()
                .preemptive()
                .basic(username, "right-password")
                .get("/api/teams")
                .then()
                .statusCode(401);
        signIn(username, "right-password").then().header("Location", containsString("error=true"));
    }

    @Test
    void signingOutEndsTheSession() {
        io.restassured.response.Response out = given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .post("/logout");
        out.then().statusCode(303).header("Location", containsString("/login?out=true"));
        // The anti-forgery cookie is set beside it, so look through every Set-Cookie header.
        org.assertj.core.api.Assertions.assertThat(out.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        org.assertj.core.api.Assertions.assertThat(cookie).startsWith("baton_session=;"));
        given().get("/login?out=true")
                .then()
                .body(containsString("You are signed out."), not(containsString("Signed in as")));
    }

    @Test
    void behindAProxyThatSaysHttpsTheSessionCookieIsSecure() {
        String setCookie = given().header("X-Forwarded-Proto", "https")
                .redirects()
                .follow(false)
                .formParam("j_username", "admin")
                .formParam("j_password", ADMIN_PASSWORD)
                .post("/j_security_check")
                .header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(setCookie)
                .contains("baton_session=")
                .containsIgnoringCase("Secure");
    }

    @Test
    void overPlainHttpWithoutAnHttpsPublicUrlTheSessionCookieIsNotMarkedSecure() {
        String setCookie = signIn("admin", ADMIN_PASSWORD).header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(setCookie)
                .contains("baton_session=")
                .doesNotContainIgnoringCase("Secure");
    }
}
