package dev.baton.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server process (zonky's embedded binaries), for running Baton and its tests without installing a
 * database. Its data directory survives a restart unless the caller asks for a throw-away one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use and reusing it afterwards. A server
     * left running on it by a Baton that died is stopped cleanly first; a directory that cannot be used is refused
     * with a {@link StartRefusedException} (see {@link DataDirectoryCheck}).
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwAway) {
        DataDirectoryCheck.before(dataDirectory, port);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // A business app's load, not a benchmark's: keep the server small on a 2-core machine.
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("fsync", throwAway ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new StartRefusedException("The embedded PostgreSQL did not start on " + dataDirectory + " ("
                    + e.getMessage() + "); its own messages are in the lines above.");
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
