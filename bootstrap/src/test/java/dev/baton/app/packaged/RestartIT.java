package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.PackagedBaton;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, run the way the README runs it: a team stored through one run is there in the next, the
 * embedded PostgreSQL keeps its data in BATON_DATA_DIR, and stopping Baton stops that server too.
 */
class RestartIT {

    private static final String PASSWORD = "restart-test-password";

    @Test
    void aTeamSurvivesARestartAndNoPostgresIsLeftBehind() throws Exception {
        Path dataDir = Files.createTempDirectory("baton-restart");
        Map<String, String> environment = Map.of(
                "BATON_DATA_DIR",
                dataDir.resolve("postgres").toString(),
                "BATON_ADMIN_PASSWORD",
                PASSWORD,
                "BATON_DEMO_DATA",
                "false");
        long teamId;
        try (PackagedBaton first = PackagedBaton.start(environment, dataDir)) {
            long owner = given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", "Restart Owner", "email", "restart@example.com", "roles", List.of("TEAM_LEAD")))
                    .post(first.url("/api/people"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            teamId = given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Survivors", "kind", "SALES", "ownerId", owner))
                    .post(first.url("/api/teams"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }
        assertThat(postgresRunningOn(dataDir))
                .as("embedded PostgreSQL stopped with Baton")
                .isFalse();

        try (PackagedBaton second = PackagedBaton.start(environment, dataDir)) {
            given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .get(second.url("/api/teams/" + teamId))
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Survivors"));
        }
        assertThat(postgresRunningOn(dataDir)).isFalse();
    }

    private static boolean postgresRunningOn(Path dataDir) throws IOException {
        String needle = dataDir.resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .anyMatch(cmd -> cmd.contains("postgres") && cmd.contains(needle));
    }
}
