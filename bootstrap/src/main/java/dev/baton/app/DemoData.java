package dev.baton.app;

import dev.baton.application.access.SystemWork;
import dev.baton.application.demo.SeedDemoCompanyUseCase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** With demo data on (the default for the run command), the first start fills an empty Baton with a demo company. */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    SeedDemoCompanyUseCase seed;

    @Inject
    SystemWork systemWork;

    @ConfigProperty(name = "baton.demo-data", defaultValue = "true")
    boolean enabled;

    // After the first admin exists (FirstAdmin observes with the default priority).
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        // A start-up job: it acts as the system actor, and says so here.
        systemWork
                .call(seed::seedIfEmpty)
                .forEach(signIn -> LOG.infof(
                        "Demo sign-in for the %s role: %s / %s", signIn.role(), signIn.username(), signIn.password()));
    }
}
