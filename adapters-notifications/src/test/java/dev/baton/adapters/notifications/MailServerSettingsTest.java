package dev.baton.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailServerSettingsTest {

    @Test
    void starttls_is_required_by_default() {
        assertThat(MailServerSettings.mailerSettings(""))
                .containsEntry(MailServerSettings.START_TLS, "REQUIRED")
                .containsEntry(MailServerSettings.TLS, "false");
        assertThat(MailServerSettings.mailerSettings("STARTTLS"))
                .isEqualTo(MailServerSettings.mailerSettings("starttls"));
    }

    @Test
    void tls_connects_over_tls_and_none_in_the_clear() {
        assertThat(MailServerSettings.mailerSettings("tls"))
                .containsEntry(MailServerSettings.START_TLS, "DISABLED")
                .containsEntry(MailServerSettings.TLS, "true");
        assertThat(MailServerSettings.mailerSettings("none"))
                .containsEntry(MailServerSettings.START_TLS, "DISABLED")
                .containsEntry(MailServerSettings.TLS, "false");
    }

    @Test
    void anything_else_is_refused_with_the_values_that_work() {
        assertThatThrownBy(() -> MailServerSettings.mailerSettings("ssl"))
                .hasMessageContaining("starttls, tls or none");
    }
}
