package dev.baton.adapters.notifications;

import dev.baton.application.notification.delivery.DeliverOutboxUseCase;
import dev.baton.application.notification.delivery.DeliveryRound;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs a round of delivery every {@code baton.delivery.interval} (10 seconds; {@code off} turns it off, as the tests
 * do, calling the use case themselves). A round still running when the next is due is not joined by another on the same
 * instance; other instances run their own rounds, and their claims never overlap. The first round waits for the start
 * to finish, and none runs while the application is not running: a start that fails (a taken port) must not also log a
 * round that found the container gone.
 */
@ApplicationScoped
public class DeliveryTicker {

    private static final Logger LOG = Logger.getLogger(DeliveryTicker.class);

    private final DeliverOutboxUseCase delivery;

    @Inject
    public DeliveryTicker(DeliverOutboxUseCase delivery) {
        this.delivery = delivery;
    }

    @Scheduled(
            identity = "baton-outbox-delivery",
            every = "${baton.delivery.interval:10s}",
            delayed = "5s",
            concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        DeliveryRound round = delivery.deliverDue();
        if (round.claimed() > 0) {
            LOG.infof("Outbox delivery: %d claimed, %d sent, %d failed", round.claimed(), round.sent(), round.failed());
        }
    }
}
