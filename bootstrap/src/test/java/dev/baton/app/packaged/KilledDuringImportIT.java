package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.database.EmbeddedDatabase;
import dev.baton.app.support.PackagedBaton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Baton killed with SIGKILL while a 100,000-row CSV import is in flight: after a restart the import is either wholly
 * there or wholly absent, never in part.
 */
class KilledDuringImportIT {

    private static final String PASSWORD = "killed-import-password";
    private static final int ROWS = 100_000;

    @Test
    void anImportCutOffByKillIsAllOrNothing() throws Exception {
        Path dir = Files.createTempDirectory("baton-kill");
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, true);
        Map<String, String> environment = PackagedBaton.onDatabase(database, PASSWORD);
        try {
            PackagedBaton baton = PackagedBaton.start(environment, dir);
            String csv = bigFile();
            CompletableFuture<Integer> importing = CompletableFuture.supplyAsync(() -> {
                try {
                    return given().auth()
                            .preemptive()
                            .basic("admin", PASSWORD)
                            .contentType("text/csv")
                            .body(csv)
                            .post(baton.url("/api/measures/import?mode=commit"))
                            .statusCode();
                } catch (Exception connectionCut) {
                    return -1;
                }
            });
            // Long enough for the file to arrive and the check to start; the import itself takes seconds.
            baton.pause(Duration.ofMillis(700));
            baton.kill();
            importing.join();

            long stored = storedRows(database);
            assertThat(stored).as("rows after the kill").isIn(0L, (long) ROWS);

            try (PackagedBaton restarted = PackagedBaton.start(environment, dir)) {
                given().auth()
                        .preemptive()
                        .basic("admin", PASSWORD)
                        .get(restarted.url("/api/measures/2026-09"))
                        .then()
                        .statusCode(200);
                assertThat(storedRows(database)).as("rows after the restart").isEqualTo(stored);
            }
        } finally {
            database.close();
        }
    }

    private static String bigFile() {
        StringBuilder csv = new StringBuilder("period,measure,value\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("2026-09,entered:stage_")
                    .append(i)
                    .append(',')
                    .append(i % 997)
                    .append('\n');
        }
        return csv.toString();
    }

    private static long storedRows(EmbeddedDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from measure_value where period = '2026-09'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
