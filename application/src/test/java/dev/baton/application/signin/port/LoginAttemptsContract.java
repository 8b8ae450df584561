package dev.baton.application.signin.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every LoginAttempts keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class LoginAttemptsContract extends PortContract {

    private static final Instant T0 = Instant.parse("2001-02-03T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    protected abstract LoginAttempts attempts();

    private final String name = unique("user").replace(' ', '-');
    private final String client = unique("10.0.0").replace(' ', '-');

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    public void failuresOfANameAreCountedInARowPerClientAndASuccessStartsTheCountAgain() {
        String other = unique("10.9.9").replace(' ', '-');
        assertThat(call(() -> attempts().recordFailure(name, client, at(0)))).isEqualTo(1);
        assertThat(call(() -> attempts().recordFailure(name, client, at(1)))).isEqualTo(2);
        assertThat(call(() -> attempts().recordFailure(name, other, at(2)))).isEqualTo(1);

        run(() -> attempts().reset(name, client));

        assertThat(call(() -> attempts().recordFailure(name, client, at(3)))).isEqualTo(1);
        assertThat(call(() -> attempts().recordFailure(name, other, at(4)))).isEqualTo(2);
    }

    @Test
    public void aLockPausesTheNameFromThatClientOnlyAndStartsItsCountAgain() {
        String other = unique("10.9.9").replace(' ', '-');
        run(() -> attempts().recordFailure(name, client, at(0)));
        run(() -> attempts().recordFailure(name, other, at(0)));

        run(() -> attempts().lock(name, client, at(15)));

        assertThat(call(() -> attempts().lockedUntil(name, client))).contains(at(15));
        assertThat(call(() -> attempts().lockedUntil(name, other))).isEmpty();
        assertThat(call(() -> attempts().recordFailure(name, client, at(16)))).isEqualTo(1);
    }

    @Test
    public void aLockNeedsAFailureToHangOn() {
        run(() -> attempts().lock(name, client, at(15)));

        assertThat(call(() -> attempts().lockedUntil(name, client))).isEmpty();
    }

    @Test
    public void aNewPasswordForgetsEveryClientsCountAndLockForTheName() {
        String other = unique("10.9.9").replace(' ', '-');
        String someoneElse = unique("user").replace(' ', '-');
        run(() -> attempts().recordFailure(name, client, at(0)));
        run(() -> attempts().lock(name, client, at(15)));
        run(() -> attempts().recordFailure(name, other, at(1)));
        run(() -> attempts().recordFailure(someoneElse, client, at(1)));

        run(() -> attempts().reset(name));

        assertThat(call(() -> attempts().lockedUntil(name, client))).isEmpty();
        assertThat(call(() -> attempts().recordFailure(name, other, at(2)))).isEqualTo(1);
        assertThat(call(() -> attempts().recordFailure(someoneElse, client, at(2))))
                .isEqualTo(2);
    }

    @Test
    public void aClientsFailuresAreCountedInAWindowFromItsFirstFailure() {
        assertThat(call(() -> attempts().recordClientFailure(client, at(0), WINDOW)))
                .isEqualTo(1);
        assertThat(call(() -> attempts().recordClientFailure(client, at(10), WINDOW)))
                .isEqualTo(2);
        assertThat(call(() -> attempts().recordClientFailure(client, at(14), WINDOW)))
                .isEqualTo(3);
        // The window began at minute 0, so it is over at minute 15 however recent the last failure.
        assertThat(call(() -> attempts().recordClientFailure(client, at(15), WINDOW)))
                .isEqualTo(1);
        assertThat(call(() -> attempts().recordClientFailure(client, at(16), WINDOW)))
                .isEqualTo(2);
    }

    @Test
    public void aBlockHoldsTheClientBackAndItsNextWindowStartsWhenTheBlockEnds() {
        String other = unique("10.9.9").replace(' ', '-');
        run(() -> attempts().recordClientFailure(client, at(0), WINDOW));
        run(() -> attempts().recordClientFailure(client, at(1), WINDOW));

        run(() -> attempts().blockClient(client, at(30)));
        run(() -> attempts().blockClient(other, at(30)));

        assertThat(call(() -> attempts().clientBlockedUntil(client))).contains(at(30));
        assertThat(call(() -> attempts().clientBlockedUntil(other))).isEmpty();
        assertThat(call(() -> attempts().recordClientFailure(client, at(31), WINDOW)))
                .isEqualTo(1);
        assertThat(call(() -> attempts().recordClientFailure(client, at(40), WINDOW)))
                .isEqualTo(2);
        assertThat(call(() -> attempts().recordClientFailure(client, at(45), WINDOW)))
                .isEqualTo(1);
    }

    @Test
    public void aPurgeForgetsOldCountsButKeepsAPauseStillRunning() {
        String locked = unique("user").replace(' ', '-');
        String recent = unique("user").replace(' ', '-');
        String blocked = unique("10.1.1").replace(' ', '-');
        run(() -> attempts().recordFailure(name, client, at(0)));
        run(() -> attempts().recordFailure(name, client, at(1)));
        run(() -> attempts().recordFailure(locked, client, at(0)));
        run(() -> attempts().lock(locked, client, at(120)));
        run(() -> attempts().recordFailure(recent, client, at(50)));
        run(() -> attempts().recordClientFailure(client, at(0), WINDOW));
        run(() -> attempts().recordClientFailure(client, at(1), WINDOW));
        run(() -> attempts().recordClientFailure(blocked, at(0), WINDOW));
        run(() -> attempts().blockClient(blocked, at(120)));

        run(() -> attempts().purge(at(30), at(60)));

        assertThat(call(() -> attempts().recordFailure(name, client, at(61)))).isEqualTo(1);
        assertThat(call(() -> attempts().lockedUntil(locked, client))).contains(at(120));
        assertThat(call(() -> attempts().recordFailure(recent, client, at(61)))).isEqualTo(2);
        assertThat(call(() -> attempts().clientBlockedUntil(blocked))).contains(at(120));
        // Within a window of two hours the old count would still hold; purged, it starts again.
        assertThat(call(() -> attempts().recordClientFailure(client, at(61), Duration.ofHours(2))))
                .isEqualTo(1);
    }
}
