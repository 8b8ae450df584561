package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.PackagedBaton;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Baton killed with SIGKILL leaves its embedded PostgreSQL running, with nobody to stop it. The next start finds that
 * server on its data directory, stops it cleanly and carries on: ready at once, with every committed write there, and
 * no server of that directory left once Baton stops.
 */
class CrashRecoveryIT {

    private static final String PASSWORD = "crash-recovery-password";

    @Test
    void theStartAfterAKillStopsTheLeftoverServerAndKeepsTheCommittedWrite() throws Exception {
        Path dir = Files.createTempDirectory("baton-crash");
        Path dataDir = dir.resolve("postgres");
        Map<String, String> environment = Map.of(
                "BATON_DATA_DIR", dataDir.toString(), "BATON_ADMIN_PASSWORD", PASSWORD, "BATON_DEMO_DATA", "false");

        PackagedBaton killed = PackagedBaton.start(environment, dir);
        long personId;
        try {
            personId = given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            "Written Before The Kill",
                            "email",
                            "kill@example.com",
                            "roles",
                            List.of("EXECUTIVE")))
                    .post(killed.url("/api/people"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        } finally {
            killed.kill();
        }
        assertThat(PackagedBaton.postgresRunningOn(dataDir))
                .as("the killed Baton's PostgreSQL outlives it")
                .isTrue();

        try (PackagedBaton restarted = PackagedBaton.start(environment, dir, Duration.ofSeconds(30))) {
            given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .get(restarted.url("/api/people/" + personId))
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Written Before The Kill"));
        }
        assertThat(PackagedBaton.postgresRunningOn(dataDir))
                .as("a PostgreSQL of the data directory after the final stop")
                .isFalse();
    }
}
