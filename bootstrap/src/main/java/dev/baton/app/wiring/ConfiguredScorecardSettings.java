package dev.baton.app.wiring;

import dev.baton.application.scorecard.port.ScorecardSettings;
import dev.baton.domain.scorecard.Tolerance;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The scorecard's settings from configuration: {@code baton.attainment-tolerance-percent} (default 10). */
@ApplicationScoped
public class ConfiguredScorecardSettings implements ScorecardSettings {

    private final Tolerance tolerance;

    public ConfiguredScorecardSettings(
            @ConfigProperty(name = "baton.attainment-tolerance-percent", defaultValue = "10") BigDecimal percent) {
        this.tolerance = new Tolerance(percent);
    }

    @Override
    public Tolerance attainmentTolerance() {
        return tolerance;
    }
}
