package dev.baton.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant FAILED = Instant.parse("2026-11-18T09:00:00Z");
    private final Backoff backoff = Backoff.standard();

    @Test
    void the_first_retry_comes_a_minute_after_the_first_failure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.nextAttempt(1, FAILED)).contains(FAILED.plus(Duration.ofMinutes(1)));
    }

    @Test
    void each_wait_doubles_the_one_before() {
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void no_wait_is_longer_than_an_hour() {
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void after_the_tenth_failed_attempt_the_message_is_given_up() {
        assertThat(backoff.givenUp(9)).isFalse();
        assertThat(backoff.nextAttempt(9, FAILED)).contains(FAILED.plus(Duration.ofHours(1)));
        assertThat(backoff.givenUp(10)).isTrue();
        assertThat(backoff.nextAttempt(10, FAILED)).isEmpty();
    }

    @Test
    void a_backoff_that_cannot_work_is_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
