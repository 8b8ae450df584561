package dev.baton.app.wiring;

import dev.baton.application.signin.port.SignInLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-client limit on failed sign-ins from configuration: {@code baton.sign-in.client-max-failures} (default 30)
 * in {@code baton.sign-in.client-window} (default 10 minutes), then held back for {@code baton.sign-in.client-pause}
 * (default 10 minutes).
 */
@ApplicationScoped
public class ConfiguredSignInLimits implements SignInLimits {

    private final int maxFailures;
    private final Duration window;
    private final Duration pause;

    public ConfiguredSignInLimits(
            @ConfigProperty(name = "baton.sign-in.client-max-failures", defaultValue = "30") int maxFailures,
            @ConfigProperty(name = "baton.sign-in.client-window", defaultValue = "PT10M") Duration window,
            @ConfigProperty(name = "baton.sign-in.client-pause", defaultValue = "PT10M") Duration pause) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.pause = pause;
    }

    @Override
    public int clientMaxFailures() {
        return maxFailures;
    }

    @Override
    public Duration clientWindow() {
        return window;
    }

    @Override
    public Duration clientPause() {
        return pause;
    }
}
