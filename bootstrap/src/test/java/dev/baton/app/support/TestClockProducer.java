package dev.baton.app.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's clock in tests: the system clock, unless a test profile sets {@code baton.test.now} (an instant
 * such as {@code 2026-11-18T09:00:00Z}); then the clock starts at that instant and runs on from there. A test of a
 * running period thus sees the same day of the same quarter whenever it runs, instead of depending on the real date.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClockProducer {

    @ConfigProperty(name = "baton.test.now")
    Optional<Instant> now;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.systemUTC();
        return now.map(instant -> Clock.offset(system, Duration.between(system.instant(), instant)))
                .orElse(system);
    }
}
