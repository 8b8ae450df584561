package dev.baton.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void the_innermost_cause_names_what_went_wrong() {
        Exception wrapped = new CompletionException(new IllegalStateException("x", new ConnectException("refused")));

        assertThat(Failures.describe(wrapped)).isEqualTo("ConnectException: refused");
    }

    @Test
    void a_failure_without_a_message_is_named_by_its_kind() {
        assertThat(Failures.describe(new ConnectException())).isEqualTo("ConnectException");
    }
}
