package dev.baton.app.schedule;

import dev.baton.application.access.SystemWork;
import dev.baton.application.alert.AlertNewViolationsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Looks for new violations every minute ({@code BATON_ALERTS_EVERY}, default {@code 60s}), as the system, so a
 * violation that a target change, an accepted proposal or an import brought in is alerted within a few minutes. The
 * alert ledger makes sure each violation is alerted once whichever instances look.
 */
@ApplicationScoped
public class AlertSchedule {

    public static final String IDENTITY = "violation-alerts";

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class);

    private final AlertNewViolationsUseCase alerts;
    private final SystemWork systemWork;

    @Inject
    public AlertSchedule(AlertNewViolationsUseCase alerts, SystemWork systemWork) {
        this.alerts = alerts;
        this.systemWork = systemWork;
    }

    @Scheduled(
            identity = IDENTITY,
            every = "${baton.alerts.every}",
            delayed = "${baton.alerts.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = SchedulesPaused.class)
    void onSchedule() {
        runAsScheduled();
    }

    /** What the trigger does: the alerts as the system; answers how many new violations were alerted. */
    public int runAsScheduled() {
        int alerted = systemWork.call(alerts::alert);
        if (alerted > 0) {
            LOG.infof("Alerted %d new violations", alerted);
        }
        return alerted;
    }
}
