package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import dev.baton.application.signin.port.LoginAttempts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The sign-in limits per client address, behind a proxy that forwards the caller's address (X-Forwarded-For), with a
 * low limit so a test reaches it quickly; and cookies on a Baton whose public URL is https.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestProfile(SignInLimitsTest.LowLimitsBehindAProxy.class)
class SignInLimitsTest {

    public static class LowLimitsBehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "baton.sign-in.client-max-failures", "6",
                    "baton.public-url", "https://baton.example.com");
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 200));

    @Inject
    LoginAttempts attempts;

    @Inject
    DataSource dataSource;

    /** A documentation address of its own for each caller, so tests never hold each other back. */
    private static String address() {
        int n = NEXT.incrementAndGet();
        return "198.51." + (100 + n / 250 % 100) + "." + (1 + n % 250);
    }

    private static Response basic(String from, String username, String password) {
        return given().header("X-Forwarded-For", from)
                .auth()
                .preemptive()
                .basic(username, password)
                .get("/api/teams");
    }

    private static Response form(String from, String username, String password) {
        return given().header("X-Forwarded-For", from)
                .redirects()
                .follow(false)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void aFloodFromOneAddressLocksTheNameThereButNotForEveryoneElse() {
        String flood = address();
        String person = address();
        for (int i = 0; i < 5; i++) {
            basic(flood, SignIns.ADMIN, "guess-" + i).then().statusCode(401);
        }
        basic(flood, SignIns.ADMIN, SignIns.ADMIN_PASSWORD).then().statusCode(401);

        basic(person, SignIns.ADMIN, SignIns.ADMIN_PASSWORD).then().statusCode(200);
        assertThat(form(person, SignIns.ADMIN, SignIns.ADMIN_PASSWORD).getCookie("baton_session"))
                .isNotBlank();
    }

    @Test
    void anAddressOverItsLimitGets429WithRetryAfterBeforeAnyPasswordIsChecked() {
        String flood = address();
        for (int i = 0; i < 6; i++) {
            basic(flood, "name-" + i + "-" + System.nanoTime(), "guess").then().statusCode(401);
        }

        Response held = basic(flood, SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        held.then()
                .statusCode(429)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(429));
        assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, 600L);

        Response heldForm = form(flood, SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        assertThat(heldForm.statusCode()).isEqualTo(429);
        assertThat(heldForm.header("Retry-After")).isNotBlank();
        assertThat(heldForm.getCookie("baton_session")).isNullOrEmpty();

        basic(address(), SignIns.ADMIN, SignIns.ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void fewerFailuresThanTheLimitAreStillPlain401s() {
        String from = address();
        for (int i = 0; i < 5; i++) {
            basic(from, "someone-" + System.nanoTime(), "guess").then().statusCode(401);
        }
        basic(from, SignIns.ADMIN, SignIns.ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void withAnHttpsPublicUrlTheSessionCookieIsSecure() {
        String setCookie =
                form(address(), SignIns.ADMIN, SignIns.ADMIN_PASSWORD).header("Set-Cookie");
        assertThat(setCookie).contains("baton_session=").containsIgnoringCase("Secure");
    }

    @Test
    void oldCountsArePurgedAndRecentOnesKept() throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into login_attempt (username, client, failures, last_failure_at) values"
                    + " ('purge-old', 'x', 1, now() - interval '2 days'), ('purge-new', 'x', 1, now())");
            s.executeUpdate("insert into sign_in_client (client, failures, window_started_at, last_failure_at) values"
                    + " ('purge-old', 1, now() - interval '2 days', now() - interval '2 days'),"
                    + " ('purge-new', 1, now(), now())");
        }

        QuarkusTransaction.requiringNew().run(() -> attempts.purge(now.minus(Duration.ofDays(1)), now));

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet left = s.executeQuery("select username from login_attempt where username like 'purge-%'"
                        + " union all select client from sign_in_client where client like 'purge-%'")) {
            int rows = 0;
            while (left.next()) {
                assertThat(left.getString(1)).isEqualTo("purge-new");
                rows++;
            }
            assertThat(rows).isEqualTo(2);
        }
    }
}
