package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.PackagedBaton;
import dev.baton.app.support.PackagedBaton.Refusal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A start that cannot go on says why in one line, with no stack trace, and exits with a failure code: the HTTP port or
 * the embedded PostgreSQL's port is taken, the data directory cannot be written, or another Baton runs on it.
 */
class StartRefusalsIT {

    private static final String PASSWORD = "start-refusal-password";

    @Test
    void aTakenHttpPortIsSaidInOneLine() throws Exception {
        Path dir = Files.createTempDirectory("baton-refuse-http");
        try (ServerSocket taken = new ServerSocket(0)) {
            Refusal refusal = PackagedBaton.startExpectingRefusal(
                    environment(dir.resolve("postgres")), dir, taken.getLocalPort());

            assertOneLine(refusal, "Port " + taken.getLocalPort());
        }
        assertThat(PackagedBaton.postgresRunningOn(dir.resolve("postgres"))).isFalse();
    }

    @Test
    void aTakenDatabasePortIsSaidInOneLine() throws Exception {
        Path dir = Files.createTempDirectory("baton-refuse-db-port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> environment = new HashMap<>(environment(dir.resolve("postgres")));
            environment.put("BATON_EMBEDDED_DB_PORT", Integer.toString(taken.getLocalPort()));

            Refusal refusal = PackagedBaton.startExpectingRefusal(environment, dir, PackagedBaton.freePort());

            assertOneLine(refusal, "Port " + taken.getLocalPort() + " for the embedded PostgreSQL");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsSaidInOneLine() throws Exception {
        Path dir = Files.createTempDirectory("baton-refuse-dir");
        // A file where a directory must go: no user, not even root, can create the data directory under it.
        Path blocker = Files.createFile(dir.resolve("not-a-directory"));

        Refusal refusal = PackagedBaton.startExpectingRefusal(
                environment(blocker.resolve("postgres")), dir, PackagedBaton.freePort());

        assertOneLine(refusal, "The data directory " + blocker.resolve("postgres") + " cannot be created or written");
    }

    @Test
    void aSecondBatonOnTheSameDataDirectoryIsSaidInOneLineAndTheFirstKeepsRunning() throws Exception {
        Path dir = Files.createTempDirectory("baton-refuse-twice");
        Map<String, String> environment = environment(dir.resolve("postgres"));
        try (PackagedBaton first = PackagedBaton.start(environment, dir)) {
            Refusal refusal = PackagedBaton.startExpectingRefusal(environment, dir, PackagedBaton.freePort());

            assertOneLine(refusal, "Another Baton is already running on the data directory " + dir.resolve("postgres"));
            given().get(first.url("/q/health/ready")).then().statusCode(200);
        }
        assertThat(PackagedBaton.postgresRunningOn(dir.resolve("postgres"))).isFalse();
    }

    private static Map<String, String> environment(Path dataDir) {
        return Map.of(
                "BATON_DATA_DIR", dataDir.toString(), "BATON_ADMIN_PASSWORD", PASSWORD, "BATON_DEMO_DATA", "false");
    }

    private static void assertOneLine(Refusal refusal, String saying) {
        assertThat(refusal.exitCode()).as("exit code").isNotZero();
        assertThat(refusal.errors())
                .as("error lines")
                .singleElement()
                .asString()
                .contains(saying);
        assertThat(refusal.stackTraceLines()).as("stack trace lines").isEmpty();
    }
}
