package dev.baton.app;

import dev.baton.app.database.DatabaseSelection;
import dev.baton.app.security.SessionKey;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Baton. Before Quarkus reads its configuration, decide where the data lives: an external PostgreSQL when a
 * JDBC URL is configured, otherwise an embedded PostgreSQL server started here and stopped on the way out.
 */
@QuarkusMain
public final class BatonMain {

    private BatonMain() {}

    public static void main(String... args) {
        try (DatabaseSelection database = DatabaseSelection.fromEnvironment()) {
            if (!SessionKey.choose(database.embeddedDataDir())) {
                System.err.println(SessionKey.REFUSAL);
                System.exit(1);
            }
            Quarkus.run(args);
        }
    }
}
