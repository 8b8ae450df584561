package dev.baton.application.notification.delivery;

import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.notification.port.ChatPoster;
import dev.baton.application.notification.port.DeliveryFailure;
import dev.baton.application.notification.port.MailSender;
import dev.baton.domain.notification.Backoff;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One round of delivery: claim a batch of due messages in a short transaction of its own, send each outside any
 * transaction, then record each outcome in a transaction of its own. A failed message is tried again after the
 * {@link Backoff#standard() standard backoff} (1 minute doubling to an hour) and given up after its tenth attempt.
 *
 * <p>Without a mail server, mail is not claimed at all and stays KEPT. A claim is a lease of {@link #LEASE}: if an
 * instance dies between claim and outcome, the message is claimed again once the lease has run out (so a message is
 * delivered at least once; two live instances never claim the same message).
 */
@ApplicationScoped
public class DeliverOutboxService implements DeliverOutboxUseCase {

    /** Long enough for a whole batch to go out, short enough that a crashed instance's claims come back soon. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final int BATCH = 50;

    private final DeliverySteps steps;
    private final MailSender mail;
    private final ChatPoster chat;
    private final Clock clock;
    private final Backoff backoff = Backoff.standard();

    @Inject
    public DeliverOutboxService(DeliverySteps steps, MailSender mail, ChatPoster chat, Clock clock) {
        this.steps = steps;
        this.mail = mail;
        this.chat = chat;
        this.clock = clock;
    }

    @Override
    @Transactional(TxType.NEVER)
    public DeliveryRound deliverDue() {
        Instant now = clock.instant();
        Set<Channel> channels = mail.configured() ? EnumSet.allOf(Channel.class) : EnumSet.of(Channel.CHAT);
        List<OutboxEntry> claimed = steps.claim(now, now.plus(LEASE), channels, backoff.maxAttempts(), BATCH);
        int sent = 0;
        int failed = 0;
        for (OutboxEntry entry : claimed) {
            String failure = attempt(entry.message());
            Instant at = clock.instant();
            if (failure == null) {
                steps.sent(entry.id(), at);
                sent++;
            } else {
                int attempts = entry.attempts() + 1;
                steps.failed(
                        entry.id(),
                        attempts,
                        failure,
                        backoff.nextAttempt(attempts, at).orElse(at));
                failed++;
            }
        }
        return new DeliveryRound(claimed.size(), sent, failed);
    }

    /** Sends one message; answers why it failed, or null when it went out. */
    private String attempt(Message message) {
        try {
            switch (message.channel()) {
                case MAIL -> mail.send(message);
                case CHAT -> chat.post(message.address(), message.text());
            }
            return null;
        } catch (DeliveryFailure failure) {
            return failure.reason();
        } catch (RuntimeException unexpected) {
            // A sender's bug must not leave the rest of the batch claimed and unsent: it is this message's failure.
            return new DeliveryFailure(unexpected.toString()).reason();
        }
    }
}
