package dev.baton.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.OutboxEntry;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.OutboxEntries;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two claimers on one PostgreSQL, as two instances would claim: neither ever gets a row the other holds. The rows a
 * claim locks are skipped by the other claim, which neither waits for them nor takes them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OutboxClaimRaceTest {

    private static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Outbox outbox;

    @Inject
    OutboxEntries entries;

    @Inject
    Clock clock;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private List<Long> keep(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> QuarkusTransaction.requiringNew()
                        .call(() -> outbox.keep(Message.chat("http://127.0.0.1:9/race", "Race " + i, "text", "alert"))))
                .toList();
    }

    private List<Long> claim(Instant at, int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entries.claimDue(at, at.plus(LEASE), BOTH, 10, limit))
                .stream()
                .map(OutboxEntry::id)
                .toList();
    }

    @Test
    void a_claim_skips_the_rows_another_open_claim_holds_instead_of_waiting_for_them() throws Exception {
        List<Long> mine = keep(5);
        Instant at = clock.instant().plusSeconds(1);
        CountDownLatch firstHoldsItsRows = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        AtomicBoolean firstCommitted = new AtomicBoolean();

        Future<List<Long>> first = threads.submit(() -> {
            List<Long> claimed = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = entries.claimDue(at, at.plus(LEASE), BOTH, 10, 10_000).stream()
                        .map(OutboxEntry::id)
                        .toList();
                firstHoldsItsRows.countDown();
                secondIsDone.await(30, TimeUnit.SECONDS);
                return ids;
            });
            firstCommitted.set(true);
            return claimed;
        });
        assertThat(firstHoldsItsRows.await(30, TimeUnit.SECONDS)).isTrue();

        List<Long> second = claim(at, 10_000);
        boolean firstWasStillOpen = !firstCommitted.get();
        secondIsDone.countDown();

        assertThat(firstWasStillOpen)
                .as("the second claim returned while the first still held its rows")
                .isTrue();
        assertThat(first.get(30, TimeUnit.SECONDS)).containsAll(mine);
        assertThat(second).doesNotContainAnyElementsOf(mine);
        // Once the first claim has committed, its leases keep every later claimer away too.
        assertThat(claim(at, 10_000)).doesNotContainAnyElementsOf(mine);
    }

    @Test
    void two_claimers_racing_in_small_batches_never_get_the_same_row() throws Exception {
        List<Long> mine = keep(20);
        Instant at = clock.instant().plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> claimers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            claimers.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<Long> got = new ArrayList<>();
                for (int round = 0; round < 100; round++) {
                    List<Long> batch = claim(at, 3);
                    if (batch.isEmpty()) {
                        break;
                    }
                    got.addAll(batch);
                }
                return got;
            }));
        }
        start.countDown();
        List<Long> a = claimers.get(0).get(60, TimeUnit.SECONDS);
        List<Long> b = claimers.get(1).get(60, TimeUnit.SECONDS);

        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        assertThat(a).doesNotHaveDuplicates().doesNotContainAnyElementsOf(b);
        assertThat(b).doesNotHaveDuplicates();
        assertThat(all).containsAll(mine);
    }
}
