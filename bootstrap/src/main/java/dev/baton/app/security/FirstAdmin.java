package dev.baton.app.security;

import dev.baton.application.access.SystemWork;
import dev.baton.application.signin.FirstAdminUseCase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** On the first start, creates the {@code admin} account; a generated password is printed once, here. */
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    FirstAdminUseCase firstAdmin;

    @ConfigProperty(name = "baton.admin-password")
    Optional<String> configuredPassword;

    @Inject
    SystemWork systemWork;

    void onStart(@Observes StartupEvent event) {
        // A start-up job: it acts as the system actor, and says so here.
        systemWork
                .call(() -> firstAdmin.ensureAdmin(configuredPassword))
                .ifPresent(generated -> LOG.warnf(
                        "Created the account 'admin' with the generated password: %s"
                                + " (shown once; set BATON_ADMIN_PASSWORD to choose it yourself)",
                        generated));
    }
}
