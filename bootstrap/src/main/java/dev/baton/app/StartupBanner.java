package dev.baton.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started Baton where to open it. */
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        LOG.infof("Baton is running: open http://%s:%d/", shown, port);
    }
}
