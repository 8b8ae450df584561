package dev.baton.app.schedule;

import dev.baton.application.access.SystemWork;
import dev.baton.application.digest.DigestRun;
import dev.baton.application.digest.RunDigestUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the weekly digest at {@code BATON_DIGEST_CRON} (a Quartz cron, default {@code 0 0 7 ? * MON}: Mondays at
 * 07:00) in {@code BATON_TIMEZONE}, as the system. Every instance fires; the digest's (person, week) rows make sure
 * each person gets one digest a week whichever instances run it.
 */
@ApplicationScoped
public class DigestSchedule {

    /** The trigger's identity, to find it among the scheduler's jobs. */
    public static final String IDENTITY = "weekly-digest";

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class);

    private final RunDigestUseCase digest;
    private final SystemWork systemWork;

    @Inject
    public DigestSchedule(RunDigestUseCase digest, SystemWork systemWork) {
        this.digest = digest;
        this.systemWork = systemWork;
    }

    @Scheduled(
            identity = IDENTITY,
            cron = "${baton.digest.cron}",
            timeZone = "${baton.timezone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = SchedulesPaused.class)
    void onSchedule() {
        runAsScheduled();
    }

    /** What the trigger does: the digest as the system. */
    public DigestRun runAsScheduled() {
        DigestRun run = systemWork.call(digest::run);
        LOG.infof("The weekly digest wrote %d digests to the outbox", run.written());
        return run;
    }
}
