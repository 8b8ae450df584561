package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import dev.baton.app.database.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        return start(environment, logDir, Duration.ofSeconds(90));
    }

    /** Starts Baton and waits until it is ready; fails when it is not ready within {@code readyWithin}. */
    public static PackagedBaton start(Map<String, String> environment, Path logDir, Duration readyWithin)
            throws IOException {
        int port = freePort();
        PackagedBaton baton = new PackagedBaton(launch(environment, logFile(logDir), port), port);
        baton.awaitReady(logDir, readyWithin);
        return baton;
    }

    /** What a start that cannot go on leaves behind: how the process exited and every line it wrote. */
    public record Refusal(int exitCode, List<String> lines) {

        /** The lines logged at ERROR level. */
        public List<String> errors() {
            return lines.stream().filter(line -> line.contains(" ERROR ")).toList();
        }

        /** Lines that belong to a Java stack trace. */
        public List<String> stackTraceLines() {
            return lines.stream()
                    .filter(line -> line.matches("\\s+at .*")
                            || line.startsWith("Caused by:")
                            || line.matches("\\s+\\.\\.\\. \\d+ more")
                            || line.matches("^[a-z][\\w.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"))
                    .toList();
        }
    }

    /** Starts Baton on {@code httpPort} expecting it to give up, and waits (90 s at most) for it to exit. */
    public static Refusal startExpectingRefusal(Map<String, String> environment, Path logDir, int httpPort)
            throws IOException, InterruptedException {
        Path log = logFile(logDir);
        Process process = launch(environment, log, httpPort);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("Baton kept running instead of refusing to start; see " + log);
        }
        return new Refusal(process.exitValue(), Files.readAllLines(log));
    }

    private static Path logFile(Path logDir) {
        return logDir.resolve("baton-" + System.nanoTime() + ".log");
    }

    private static Process launch(Map<String, String> environment, Path log, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        // The management interface (metrics) on a free port too, so instances side by side can start.
                        "-Dquarkus.management.port=" + freePort(),
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("BATON_SESSION_KEY");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs Baton with these environment variables until it exits by itself; returns its exit code and output. */
    public static Exited runToExit(Map<String, String> environment, Path logDir)
            throws IOException, InterruptedException {
        Refusal exited = startExpectingRefusal(environment, logDir, freePort());
        return new Exited(exited.exitCode(), String.join("\n", exited.lines()));
    }

    public record Exited(int code, String output) {}

    /** Whether a PostgreSQL server process runs on this data directory (its command line names the directory). */
    public static boolean postgresRunningOn(Path dataDirectory) {
        String needle = dataDirectory.toString();
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .anyMatch(cmd -> cmd.contains("postgres") && cmd.contains(needle) && !cmd.contains("quarkus-run.jar"));
    }

    private void awaitReady(Path logDir, Duration readyWithin) throws IOException {
        Instant deadline = Instant.now().plus(readyWithin);
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
        throw new IllegalStateException(
                "Baton did not become ready in " + readyWithin.toSeconds() + " s; see the log in " + logDir);
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
