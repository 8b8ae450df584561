package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.security.SessionKey;
import dev.baton.app.support.PackagedBaton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session key's safe defaults, on the packaged application started the way an operator starts it. */
class SessionKeyIT {

    private static final String PASSWORD = "session-key-test-password";

    @Test
    void onTheEmbeddedDatabaseAKeyIsMadeOnceKeptPrivateAndSessionsSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("baton-session-key");
        Map<String, String> environment = Map.of(
                "BATON_DATA_DIR",
                dataDir.resolve("postgres").toString(),
                "BATON_ADMIN_PASSWORD",
                PASSWORD,
                "BATON_DEMO_DATA",
                "false");
        Path keyFile = dataDir.resolve("postgres").resolve(SessionKey.FILE_NAME);
        String session;
        try (PackagedBaton first = PackagedBaton.start(environment, dataDir)) {
            session = given().redirects()
                    .follow(false)
                    .formParam("j_username", "admin")
                    .formParam("j_password", PASSWORD)
                    .post(first.url("/j_security_check"))
                    .getCookie("baton_session");
            assertThat(session).isNotBlank();
        }
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        String key = Files.readString(keyFile);
        assertThat(key).hasSizeGreaterThanOrEqualTo(32).doesNotContain("development");

        try (PackagedBaton second = PackagedBaton.start(environment, dataDir)) {
            given().redirects()
                    .follow(false)
                    .cookie("baton_session", session)
                    .get(second.url("/admin/teams"))
                    .then()
                    .statusCode(200);
        }
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void onAnExternalDatabaseWithoutAKeyBatonRefusesToStartInOneLine() throws Exception {
        Path logDir = Files.createTempDirectory("baton-no-key");
        PackagedBaton.Exited exited = PackagedBaton.runToExit(
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://localhost:1/nowhere",
                        "BATON_ADMIN_PASSWORD",
                        PASSWORD),
                logDir);
        assertThat(exited.code()).isNotZero();
        assertThat(exited.output())
                .contains(SessionKey.REFUSAL)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void onAnExternalDatabaseAGivenKeyIsUsed() throws Exception {
        Path logDir = Files.createTempDirectory("baton-given-key");
        PackagedBaton.Exited exited = PackagedBaton.runToExit(
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:1/nowhere",
                        "BATON_SESSION_KEY", PackagedBaton.SESSION_KEY,
                        "BATON_ADMIN_PASSWORD", PASSWORD,
                        "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "1S",
                        "QUARKUS_FLYWAY_CONNECT_RETRIES", "0"),
                logDir);
        // It gets past the key and fails only on the database, which is not there.
        assertThat(exited.output()).doesNotContain(SessionKey.REFUSAL);
    }
}
