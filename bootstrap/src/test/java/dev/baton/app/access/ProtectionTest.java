package dev.baton.app.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The protections every response carries, whatever the page. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProtectionTest {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        given().get("/login")
                .then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @TestHTTPResource("/")
    URL baton;

    @Test
    void aBodyOverTheLimitIsRefusedFromItsAnnouncedLength() throws Exception {
        // The server answers from the Content-Length alone, before a byte of the 20 MB would be read.
        try (Socket socket = new Socket(baton.getHost(), baton.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/teams HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20000000\r\n\r\n{";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void credentialsThatDoNotSignInAreAProblemThatNamesTheSchemes() {
        given().auth()
                .preemptive()
                .basic("nobody-at-all", "not-a-password")
                .get("/api/teams")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401), "title", equalTo("Not signed in"));
        given().header("Authorization", "Bearer baton_not-a-token")
                .get("/api/teams")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void anUnknownApiPathIsAProblemWithoutInternals() {
        given().get("/api/nowhere")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")), not(containsString("at dev.baton")));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        given().redirects()
                .follow(false)
                .formParam("j_username", "admin")
                .formParam("j_password", "test-admin-secret")
                .post("/j_security_check")
                .then()
                .header("Set-Cookie", containsStringIgnoringCase("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
    }
}
