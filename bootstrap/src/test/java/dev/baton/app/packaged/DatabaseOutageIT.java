package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.baton.app.database.EmbeddedDatabase;
import dev.baton.app.support.PackagedBaton;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a running Baton: requests fail fast with a 503 problem and no stack trace, readiness turns
 * DOWN, and everything comes back when the database does, without restarting Baton.
 */
class DatabaseOutageIT {

    private static final String PASSWORD = "outage-test-password";

    @Test
    void aLostDatabaseIsA503AndBatonRecoversWhenItReturns() throws Exception {
        Path dir = Files.createTempDirectory("baton-outage");
        int dbPort = PackagedBaton.freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), dbPort, false);
        try (PackagedBaton baton = PackagedBaton.start(PackagedBaton.onDatabase(database, PASSWORD), dir)) {
            teams(baton).then().statusCode(200);

            database.close();
            Instant asked = Instant.now();
            teams(baton)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body(not(containsString("Exception")));
            assertThat(Duration.between(asked, Instant.now()))
                    .as("fails within the pool's 5 s acquisition timeout, not after a hang")
                    .isLessThan(Duration.ofSeconds(15));
            given().get(baton.url("/q/health/ready")).then().statusCode(503).body("status", equalTo("DOWN"));

            database = EmbeddedDatabase.start(dir.resolve("pg"), dbPort, false);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            int status = 0;
            while (Instant.now().isBefore(deadline) && status != 200) {
                status = teams(baton).statusCode();
                if (status != 200) {
                    baton.pause(Duration.ofMillis(500));
                }
            }
            assertThat(status).as("recovered without a restart").isEqualTo(200);
            given().get(baton.url("/q/health/ready")).then().statusCode(200);
        } finally {
            database.close();
        }
    }

    private static Response teams(PackagedBaton baton) {
        return given().auth().preemptive().basic("admin", PASSWORD).get(baton.url("/api/teams"));
    }
}
