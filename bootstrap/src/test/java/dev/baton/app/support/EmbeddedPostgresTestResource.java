package dev.baton.app.support;

import dev.baton.app.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** A real, throw-away PostgreSQL server for the whole test run: the same server binaries Baton runs on. */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.start(Files.createTempDirectory("baton-test-pg"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                database.jdbcUrl(),
                "quarkus.datasource.username",
                EmbeddedDatabase.USER,
                "quarkus.datasource.password",
                "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
