package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import dev.baton.app.database.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application ({@code target/quarkus-app}) run as its own process, the way the README runs it. */
public final class PackagedBaton implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;

    private PackagedBaton(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The environment of a Baton on this database, with demo data off and the admin's password given. */
    public static Map<String, String> onDatabase(EmbeddedDatabase database, String adminPassword) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME",
                EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD",
                "",
                "BATON_ADMIN_PASSWORD",
                adminPassword,
                "BATON_DEMO_DATA",
                "false",
                "BATON_SESSION_KEY",
                SESSION_KEY);
    }

    /** The key every packaged instance on an external database shares, as production instances must. */
    public static final String SESSION_KEY = "packaged-test-session-key-0123456789abcdef";

    /** Starts Baton with these environment variables and waits until it is ready (90 s at most). */
    public static PackagedBaton start(Map<String, String> environment, Path logDir) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        // The management interface (metrics) on a free port too, so instances side by side can start.
                        "-Dquarkus.management.port=" + freePort(),
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        logDir.resolve("baton-" + System.nanoTime() + ".log").toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("BATON_SESSION_KEY");
        builder.environment().putAll(environment);
        PackagedBaton baton = new PackagedBaton(builder.start(), port);
        baton.awaitReady(logDir);
        return baton;
    }

    /** Runs Baton with these environment variables until it exits by itself; returns its exit code and output. */
    public static Exited runToExit(Map<String, String> environment, Path logDir)
            throws IOException, InterruptedException {
        Path log = logDir.resolve("baton-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + freePort(),
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("BATON_SESSION_KEY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Baton did not exit within 90 s; see " + log);
        }
        return new Exited(process.exitValue(), java.nio.file.Files.readString(log));
    }

    public record Exited(int code, String output) {}

    private void awaitReady(Path logDir) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Baton exited early; see the log in " + logDir);
            }
            try {
                if (given().get(url("/q/health/ready")).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            pause(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new IllegalStateException("Baton did not become ready in 90 s; see the log in " + logDir);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits for the process, not for time: returns as soon as Baton has exited, or after the pause. */
    public void pause(Duration pause) {
        try {
            process.waitFor(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
