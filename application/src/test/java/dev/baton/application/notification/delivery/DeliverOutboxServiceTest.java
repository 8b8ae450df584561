package dev.baton.application.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.InMemoryOutboxEntries;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.fakes.RecordingChatPoster;
import dev.baton.application.fakes.RecordingMailSender;
import dev.baton.application.notification.OutboxEntry;
import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliverOutboxServiceTest {

    private static final Instant START = Instant.parse("2026-11-16T07:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryOutboxEntries outbox = new InMemoryOutboxEntries(clock);
    private final RecordingChatPoster chat = new RecordingChatPoster();

    private DeliverOutboxService delivery(RecordingMailSender mail) {
        return new DeliverOutboxService(new DeliverySteps(outbox), mail, chat, clock);
    }

    private long aMail() {
        return outbox.keep(Message.mail("rita@example.com", "Digest", "plain", "<p>html</p>", "digest"));
    }

    private long aChatPost() {
        return outbox.keep(Message.chat("http://127.0.0.1/hook", "Headline", "Alignment 30/100", "alert"));
    }

    @Test
    void with_a_mail_server_a_kept_mail_is_sent_and_marked_sent() {
        RecordingMailSender mail = RecordingMailSender.aServer();
        long id = aMail();

        DeliveryRound round = delivery(mail).deliverDue();

        assertThat(round).isEqualTo(new DeliveryRound(1, 1, 0));
        assertThat(mail.sent()).extracting(Message::address).containsExactly("rita@example.com");
        OutboxEntry entry = outbox.entry(id);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.sentAt()).contains(START);
    }

    @Test
    void a_sent_message_is_never_sent_again() {
        RecordingMailSender mail = RecordingMailSender.aServer();
        aMail();
        DeliverOutboxService delivery = delivery(mail);
        delivery.deliverDue();
        clock.advance(Duration.ofDays(1));

        assertThat(delivery.deliverDue()).isEqualTo(DeliveryRound.NOTHING);
        assertThat(mail.sent()).hasSize(1);
    }

    @Test
    void without_a_mail_server_mail_stays_kept_and_nothing_pretends_to_send_it() {
        RecordingMailSender none = RecordingMailSender.noServer();
        long id = aMail();

        DeliveryRound round = delivery(none).deliverDue();

        assertThat(round).isEqualTo(DeliveryRound.NOTHING);
        OutboxEntry entry = outbox.entry(id);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.KEPT);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.lastError()).isEmpty();
    }

    @Test
    void without_a_mail_server_chat_posts_still_go_out() {
        long mailId = aMail();
        long chatId = aChatPost();

        delivery(RecordingMailSender.noServer()).deliverDue();

        assertThat(chat.posted())
                .containsExactly(new RecordingChatPoster.Post("http://127.0.0.1/hook", "Alignment 30/100"));
        assertThat(outbox.entry(chatId).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outbox.entry(mailId).status()).isEqualTo(DeliveryStatus.KEPT);
    }

    @Test
    void a_mail_server_that_is_down_leaves_the_mail_failed_with_the_reason_and_a_next_attempt() {
        RecordingMailSender mail = RecordingMailSender.aServer();
        mail.down("Connection refused: smtp.example.com:587");
        long id = aMail();

        DeliveryRound round = delivery(mail).deliverDue();

        assertThat(round).isEqualTo(new DeliveryRound(1, 0, 1));
        OutboxEntry entry = outbox.entry(id);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("Connection refused: smtp.example.com:587");
        assertThat(entry.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_failed_message_waits_for_its_backoff_and_is_then_retried_until_it_goes_out() {
        RecordingMailSender mail = RecordingMailSender.aServer();
        mail.down("421 try later");
        long id = aMail();
        DeliverOutboxService delivery = delivery(mail);
        delivery.deliverDue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(delivery.deliverDue()).isEqualTo(DeliveryRound.NOTHING);

        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRound(1, 0, 1));
        assertThat(outbox.entry(id).attempts()).isEqualTo(2);
        assertThat(outbox.entry(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        mail.up();
        clock.advance(Duration.ofMinutes(2));
        assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRound(1, 1, 0));
        assertThat(outbox.entry(id).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outbox.entry(id).attempts()).isEqualTo(2);
        assertThat(mail.sent()).hasSize(1);
    }

    @Test
    void a_webhook_answering_500_fails_the_post_and_the_retry_delivers_it() {
        chat.failNext("HTTP 500");
        long id = aChatPost();
        DeliverOutboxService delivery = delivery(RecordingMailSender.noServer());

        delivery.deliverDue();
        assertThat(outbox.entry(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outbox.entry(id).lastError()).contains("HTTP 500");

        clock.advance(Duration.ofMinutes(1));
        delivery.deliverDue();
        assertThat(outbox.entry(id).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(chat.posted()).hasSize(1);
    }

    @Test
    void after_ten_failed_attempts_a_message_is_given_up_and_stays_failed() {
        RecordingMailSender mail = RecordingMailSender.aServer();
        mail.down("550 mailbox unavailable");
        long id = aMail();
        DeliverOutboxService delivery = delivery(mail);

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(delivery.deliverDue().failed()).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
        }
        mail.up();
        clock.advance(Duration.ofDays(30));

        assertThat(delivery.deliverDue()).isEqualTo(DeliveryRound.NOTHING);
        assertThat(outbox.entry(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outbox.entry(id).attempts()).isEqualTo(10);
        assertThat(mail.sent()).isEmpty();
    }

    @Test
    void one_failing_message_does_not_stop_the_others_of_its_round() {
        chat.failNext("HTTP 404");
        long first = aChatPost();
        long second = aChatPost();

        DeliveryRound round = delivery(RecordingMailSender.noServer()).deliverDue();

        assertThat(round).isEqualTo(new DeliveryRound(2, 1, 1));
        assertThat(outbox.entry(first).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outbox.entry(second).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void a_sender_that_throws_unexpectedly_fails_only_its_message() {
        long id = aChatPost();
        DeliverOutboxService delivery = new DeliverOutboxService(
                new DeliverySteps(outbox),
                RecordingMailSender.noServer(),
                (url, text) -> {
                    throw new IllegalStateException("boom");
                },
                clock);

        delivery.deliverDue();

        assertThat(outbox.entry(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outbox.entry(id).lastError().orElseThrow()).contains("boom");
    }
}
