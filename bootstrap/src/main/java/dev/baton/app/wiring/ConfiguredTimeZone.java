package dev.baton.app.wiring;

import dev.baton.application.notification.port.CompanyTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code BATON_TIMEZONE} (default UTC): the zone of the digest's schedule and of its weeks. */
@ApplicationScoped
public class ConfiguredTimeZone implements CompanyTimeZone {

    private final ZoneId zone;

    public ConfiguredTimeZone(@ConfigProperty(name = "baton.timezone", defaultValue = "UTC") ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
