package dev.baton.app.wiring;

import dev.baton.application.notification.port.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links in mail and chat posts, built on {@code BATON_PUBLIC_URL}. Without it they point at this machine's own port,
 * which is right for the default run on one's own computer and says plainly what to set behind a proxy.
 */
@ApplicationScoped
public class ConfiguredPublicLinks implements PublicLinks {

    private final String base;

    public ConfiguredPublicLinks(
            @ConfigProperty(name = "baton.public-url") Optional<URI> publicUrl,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        String configured = publicUrl.map(URI::toString).orElse("http://localhost:" + port);
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    @Override
    public String to(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a page path starts with /, got " + path);
        }
        return base + path;
    }
}
