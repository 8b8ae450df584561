package dev.baton.app.database;

import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Chooses between an external PostgreSQL and the embedded one. Only a URL set in the environment or as a system
 * property counts as configured, because this runs before Quarkus has read any configuration file.
 */
public final class DatabaseSelection implements AutoCloseable {

    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_ENV = "BATON_DATA_DIR";
    static final String PORT_ENV = "BATON_EMBEDDED_DB_PORT";
    static final Path DEFAULT_DATA_DIR = Path.of(".baton-data", "postgres");

    private static final Logger LOG = Logger.getLogger(DatabaseSelection.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final Optional<Path> embeddedDataDir;

    private DatabaseSelection(Optional<EmbeddedDatabase> embedded, Optional<Path> embeddedDataDir) {
        this.embedded = embedded;
        this.embeddedDataDir = embeddedDataDir;
    }

    /** The embedded server's data directory; empty with an external database. */
    public Optional<Path> embeddedDataDir() {
        return embeddedDataDir;
    }

    public static DatabaseSelection fromEnvironment() {
        String configured =
                Optional.ofNullable(System.getProperty(URL_PROPERTY)).orElse(System.getenv(URL_ENV));
        if (configured != null && !configured.isBlank()) {
            LOG.infof("Using the external PostgreSQL at %s", configured);
            return new DatabaseSelection(Optional.empty(), Optional.empty());
        }
        Path dataDir = Optional.ofNullable(System.getenv(DATA_DIR_ENV))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElse(DEFAULT_DATA_DIR)
                .toAbsolutePath();
        int port = Optional.ofNullable(System.getenv(PORT_ENV))
                .filter(s -> !s.isBlank())
                .map(DatabaseSelection::port)
                .orElse(0);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port, false);
        System.setProperty(URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Started the embedded PostgreSQL on port %d with its data in %s", database.port(), dataDir);
        return new DatabaseSelection(Optional.of(database), Optional.of(dataDir));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new StartRefusedException(PORT_ENV + " must be a port number from 1 to 65535, not '" + value + "'.");
    }

    @Override
    public void close() {
        embedded.ifPresent(database -> {
            database.close();
            LOG.info("Stopped the embedded PostgreSQL");
        });
    }
}
