package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, run the way the README runs it: a team stored through one run is there in the next, the
 * embedded PostgreSQL keeps its data in BATON_DATA_DIR, and stopping Baton stops that server too.
 */
class RestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String PASSWORD = "restart-test-password";

    @Test
    void aTeamSurvivesARestartAndNoPostgresIsLeftBehind() throws Exception {
        Path dataDir = Files.createTempDirectory("baton-restart");
        int port = freePort();
        long teamId;
        Process first = start(dataDir, port);
        try {
            long owner = given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", "Restart Owner", "email", "restart@example.com", "roles", List.of("TEAM_LEAD")))
                    .post(url(port, "/api/people"))
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
                    .post(url(port, "/api/teams"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        } finally {
            stop(first);
        }
        assertThat(postgresRunningOn(dataDir))
                .as("embedded PostgreSQL stopped with Baton")
                .isFalse();

        Process second = start(dataDir, port);
        try {
            given().auth()
                    .preemptive()
                    .basic("admin", PASSWORD)
                    .get(url(port, "/api/teams/" + teamId))
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Survivors"));
        } finally {
            stop(second);
        }
        assertThat(postgresRunningOn(dataDir)).isFalse();
    }

    private static Process start(Path dataDir, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolve("baton-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("BATON_DATA_DIR", dataDir.resolve("postgres").toString());
        builder.environment().put("BATON_ADMIN_PASSWORD", PASSWORD);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Baton exited early; see the log in " + dataDir);
            }
            try {
                if (given().get(url(port, "/q/health/ready")).statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.onSpinWait();
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Baton did not become ready in 90 s; see the log in " + dataDir);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static boolean postgresRunningOn(Path dataDir) throws IOException {
        String needle = dataDir.resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .anyMatch(cmd -> cmd.contains("postgres") && cmd.contains(needle));
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
