package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.database.EmbeddedDatabase;
import dev.baton.app.support.PackagedBaton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Baton killed with SIGKILL while a 100,000-row CSV import is writing: after a restart the import is wholly absent,
 * and the same import run to its end is wholly present. The kill waits for no clock but for the import itself: the
 * moment its transaction holds the write lock on {@code measure_value}, it has written its first chunk of values and
 * not yet committed.
 */
class KilledDuringImportIT {

    private static final String PASSWORD = "killed-import-password";
    private static final int ROWS = 100_000;

    /** Another backend's transaction is writing measure values and has not ended: the import is under way. */
    private static final String IMPORT_WRITING = "select exists (select 1 from pg_locks l"
            + " join pg_class c on c.oid = l.relation"
            + " where c.relname = 'measure_value' and l.mode = 'RowExclusiveLock' and l.granted"
            + " and l.pid <> pg_backend_pid())";

    private static final Duration IMPORT_STARTS_WITHIN = Duration.ofMinutes(2);

    @Test
    void anImportCutOffByKillIsWhollyAbsentAndACompletedOneWhollyPresent() throws Exception {
        Path dir = Files.createTempDirectory("baton-kill");
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, true);
        Map<String, String> environment = PackagedBaton.onDatabase(database, PASSWORD);
        String csv = bigFile();
        try {
            PackagedBaton baton = PackagedBaton.start(environment, dir);
            CompletableFuture<Integer> importing = CompletableFuture.supplyAsync(() -> {
                try {
                    return importOn(baton, csv);
                } catch (Exception connectionCut) {
                    return -1;
                }
            });
            awaitWriting(database, importing);
            baton.kill();
            importing.join();

            assertThat(storedRows(database)).as("rows after the kill").isZero();

            try (PackagedBaton restarted = PackagedBaton.start(environment, dir)) {
                given().auth()
                        .preemptive()
                        .basic("admin", PASSWORD)
                        .get(restarted.url("/api/measures/2026-09"))
                        .then()
                        .statusCode(200);
                assertThat(storedRows(database)).as("rows after the restart").isZero();

                assertThat(importOn(restarted, csv))
                        .as("the import run to its end")
                        .isEqualTo(200);
                assertThat(storedRows(database))
                        .as("rows after a completed import")
                        .isEqualTo(ROWS);
            }
        } finally {
            database.close();
        }
    }

    private static int importOn(PackagedBaton baton, String csv) {
        return given().auth()
                .preemptive()
                .basic("admin", PASSWORD)
                .contentType("text/csv")
                .body(csv)
                .post(baton.url("/api/measures/import?mode=commit"))
                .statusCode();
    }

    /**
     * Returns once the import's transaction is seen writing values; fails if the import ends first, since a kill after
     * its commit would prove nothing.
     */
    private static void awaitWriting(EmbeddedDatabase database, CompletableFuture<Integer> importing) throws Exception {
        long deadline = System.nanoTime() + IMPORT_STARTS_WITHIN.toNanos();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl());
                PreparedStatement writing = c.prepareStatement(IMPORT_WRITING)) {
            while (true) {
                try (ResultSet seen = writing.executeQuery()) {
                    seen.next();
                    if (seen.getBoolean(1)) {
                        return;
                    }
                }
                if (importing.isDone()) {
                    throw new AssertionError(
                            "the import ended (" + importing.join() + ") before its transaction was seen writing");
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the import did not start writing within " + IMPORT_STARTS_WITHIN);
                }
                Thread.sleep(2);
            }
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
