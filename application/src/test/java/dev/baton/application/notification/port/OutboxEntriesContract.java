package dev.baton.application.notification.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every OutboxEntries keeps, with the Outbox that writes to it: run against the in-memory fake and the
 * PostgreSQL adapter. The adapter's database is shared with other tests, so each check looks at its own messages only
 * and claims with a limit larger than any leftover.
 */
public abstract class OutboxEntriesContract extends PortContract {

    private static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MANY = 10_000;
    private static final int MAX_ATTEMPTS = 10;

    protected abstract Outbox outbox();

    protected abstract OutboxEntries entries();

    /** The clock the outbox stamps its messages with, read now. */
    protected abstract Instant now();

    private long keptMail(String subject) {
        return call(() -> outbox().keep(Message.mail(
                email("reader"), unique(subject), "plain " + subject, "<p>" + subject + "</p>", "digest")));
    }

    private long keptChat(String subject) {
        return call(() -> outbox().keep(Message.chat("http://127.0.0.1:9/hook", unique(subject), "text", "alert")));
    }

    private List<Long> claimedIds(Instant at, Set<Channel> channels, int maxAttempts) {
        return call(() -> entries().claimDue(at, at.plus(LEASE), channels, maxAttempts, MANY)).stream()
                .map(OutboxEntry::id)
                .toList();
    }

    private OutboxEntry claimedEntry(long id, Instant at) {
        return call(() -> entries().claimDue(at, at.plus(LEASE), BOTH, MAX_ATTEMPTS, MANY)).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("message " + id + " was not claimed"));
    }

    /** A second after now, truncated, so it reads back from any store exactly. */
    private Instant later() {
        return now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    @Test
    public void aKeptMessageIsClaimedAsItWasKept() {
        long id = keptMail("as kept");

        OutboxEntry entry = claimedEntry(id, later());

        assertThat(entry.status()).isEqualTo(DeliveryStatus.KEPT);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.message().channel()).isEqualTo(Channel.MAIL);
        assertThat(entry.message().subject()).startsWith("as kept");
        assertThat(entry.message().text()).isEqualTo("plain as kept");
        assertThat(entry.message().html()).contains("<p>as kept</p>");
        assertThat(entry.message().kind()).isEqualTo("digest");
        assertThat(entry.message().listUnsubscribe()).isEmpty();
        assertThat(entry.lastError()).isEmpty();
        assertThat(entry.sentAt()).isEmpty();
    }

    @Test
    public void aMailsUnsubscribeLinkIsClaimedWithIt() {
        String link =
                "https://baton.test/unsubscribe/7.signature-" + unique("x").replaceAll("[^A-Za-z0-9-]", "");
        long id = call(
                () -> outbox().keep(Message.mail(email("reader"), unique("with link"), "plain", "<p>html</p>", "digest")
                        .withListUnsubscribe(link)));

        assertThat(claimedEntry(id, later()).message().listUnsubscribe()).contains(link);
    }

    @Test
    public void aClaimedMessageIsNotClaimedAgainWhileItsLeaseLives() {
        long id = keptMail("leased");
        Instant at = later();

        assertThat(claimedIds(at, BOTH, MAX_ATTEMPTS)).contains(id);
        assertThat(claimedIds(at, BOTH, MAX_ATTEMPTS)).doesNotContain(id);
        assertThat(claimedIds(at.plus(LEASE).minusSeconds(1), BOTH, MAX_ATTEMPTS))
                .doesNotContain(id);
        assertThat(claimedIds(at.plus(LEASE), BOTH, MAX_ATTEMPTS)).contains(id);
    }

    @Test
    public void onlyTheChannelsAskedForAreClaimed() {
        long mail = keptMail("mail only");
        long chat = keptChat("chat only");

        List<Long> claimed = claimedIds(later(), EnumSet.of(Channel.CHAT), MAX_ATTEMPTS);

        assertThat(claimed).contains(chat).doesNotContain(mail);
    }

    @Test
    public void aMessageIsNotDueBeforeItsNextAttempt() {
        long id = keptChat("not yet");

        assertThat(claimedIds(now().minus(Duration.ofHours(1)), BOTH, MAX_ATTEMPTS))
                .doesNotContain(id);
    }

    @Test
    public void aSentMessageIsSentAndNeverClaimedAgain() {
        long id = keptMail("sent");
        Instant at = later();
        claimedIds(at, BOTH, MAX_ATTEMPTS);

        run(() -> entries().markSent(id, at));

        assertThat(claimedIds(at.plus(Duration.ofDays(1)), BOTH, MAX_ATTEMPTS)).doesNotContain(id);
        OutboxEntry entry = listed(id);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.sentAt()).contains(at);
    }

    @Test
    public void aFailedMessageKeepsItsReasonAndIsDueAgainAtItsNextAttempt() {
        long id = keptMail("failed");
        Instant at = later();
        claimedIds(at, BOTH, MAX_ATTEMPTS);
        Instant next = at.plus(Duration.ofMinutes(1));

        run(() -> entries().markFailed(id, 1, "HTTP 500", next));

        OutboxEntry entry = listed(id);
        assertThat(entry.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("HTTP 500");
        assertThat(entry.nextAttemptAt()).isEqualTo(next);
        // The outcome ends the lease: the message is due at its next attempt, not at the end of the lease.
        assertThat(claimedIds(next.minusSeconds(1), BOTH, MAX_ATTEMPTS)).doesNotContain(id);
        assertThat(claimedIds(next, BOTH, MAX_ATTEMPTS)).contains(id);
    }

    @Test
    public void aMessageAttemptedAsOftenAsAllowedIsNotClaimed() {
        long id = keptChat("given up");
        Instant at = later();
        claimedIds(at, BOTH, MAX_ATTEMPTS);
        run(() -> entries().markFailed(id, 3, "HTTP 404", at));

        assertThat(claimedIds(at, BOTH, 3)).doesNotContain(id);
        assertThat(claimedIds(at, BOTH, 4)).contains(id);
    }

    @Test
    public void theOutboxIsListedNewestFirstWithItsTotal() {
        long older = keptMail("older");
        long newer = keptChat("newer");

        Page<OutboxEntry> page = call(() -> entries().newestFirst(new PageRequest(0, 2)));

        assertThat(page.items()).extracting(OutboxEntry::id).containsExactly(newer, older);
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
        assertThat(page.items().get(0).message().html()).isEqualTo(Optional.empty());
    }

    private OutboxEntry listed(long id) {
        Page<OutboxEntry> page = call(() -> entries().newestFirst(new PageRequest(0, PageRequest.MAX_SIZE)));
        return page.items().stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("message " + id + " is not among the newest"));
    }
}
