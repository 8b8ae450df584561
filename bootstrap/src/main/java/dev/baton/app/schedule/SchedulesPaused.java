package dev.baton.app.schedule;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the digest's and the alerts' triggers back while {@code baton.schedules.paused} is true: the tests set it, so
 * that they run each job themselves, with a controlled clock, instead of racing a trigger.
 */
@Singleton
public class SchedulesPaused implements Scheduled.SkipPredicate {

    private final boolean paused;

    public SchedulesPaused(@ConfigProperty(name = "baton.schedules.paused", defaultValue = "false") boolean paused) {
        this.paused = paused;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return paused;
    }
}
