package dev.baton.app;

import dev.baton.app.database.DatabaseSelection;
import dev.baton.app.database.StartRefusedException;
import dev.baton.app.security.SessionKey;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Starts Baton. Before Quarkus reads its configuration, decide where the data lives: an external PostgreSQL when a
 * JDBC URL is configured, otherwise an embedded PostgreSQL server started here and stopped on the way out. A data
 * directory that cannot be used ends the start with one line that says why.
 */
@QuarkusMain
public final class BatonMain {

    private BatonMain() {}

    public static void main(String... args) {
        DatabaseSelection selected;
        try {
            selected = DatabaseSelection.fromEnvironment();
        } catch (StartRefusedException refused) {
            // One line a person can act on; a stack trace would only hide it. Written straight to the console: the
            // log manager holds records back until Quarkus has started, and this exit comes before that.
            System.err.printf(
                    "%s ERROR [%s] %s%n",
                    LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                    BatonMain.class.getSimpleName(),
                    refused.getMessage());
            System.exit(1);
            return;
        }
        try (DatabaseSelection database = selected) {
            if (!SessionKey.choose(database.embeddedDataDir())) {
                System.err.println(SessionKey.REFUSAL);
                System.exit(1);
            }
            Quarkus.run(args);
        }
    }
}
