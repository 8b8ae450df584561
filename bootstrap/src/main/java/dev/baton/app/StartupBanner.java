package dev.baton.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started Baton where to open it. */
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "baton.session-key") Optional<String> sessionKey) {
        if (sessionKey.isEmpty()) {
            LOG.warn("BATON_SESSION_KEY is not set: sessions are encrypted with the development key. Set it before"
                    + " anyone but you uses this Baton, and give every instance the same one.");
        }
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        LOG.infof("Baton is running: open http://%s:%d/", shown, port);
    }
}
