package dev.baton.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.Recipients;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The notification ports over PostgreSQL: who can be written to, and where a message is kept. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class NotificationPortsTest {

    @Inject
    Recipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    UnsubscribeLinks unsubscribe;

    @Inject
    EntityManager entityManager;

    @Test
    void a_person_with_a_sign_in_is_a_recipient_in_english_with_the_digest_on() {
        long lead = AdminApi.person("Rita Recipient", "TEAM_LEAD");
        AdminApi.signIn(lead, "rita", "recipient-secret-1");

        Recipient recipient = QuarkusTransaction.requiringNew()
                .call(() -> recipients.find(new PersonId(lead)).orElseThrow());

        assertThat(recipient.name()).isEqualTo("Rita Recipient");
        assertThat(recipient.roles()).containsExactly(Role.TEAM_LEAD);
        assertThat(recipient.language()).isEqualTo(Locale.ENGLISH);
        assertThat(recipient.digestWanted()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> recipients.all()))
                .extracting(Recipient::person)
                .contains(new PersonId(lead));
    }

    @Test
    void a_person_without_a_sign_in_is_no_recipient() {
        long nobody = AdminApi.person("Nora No-Sign-In", "TEAM_LEAD");

        assertThat(QuarkusTransaction.requiringNew().call(() -> recipients.find(new PersonId(nobody))))
                .isEmpty();
    }

    @Test
    void a_kept_message_is_a_row_waiting_in_the_outbox() {
        long id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail("a@example.com", "Subject", "text", "<p>html</p>", "digest")));

        Object status = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select status from outbox_message where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
        assertThat(status).isEqualTo("KEPT");
    }

    @Test
    void unsubscribe_links_are_absolute_and_signed_with_the_instance_key() {
        String url = unsubscribe.urlFor(new PersonId(7));

        assertThat(url).startsWith("http://localhost:").contains("/unsubscribe/7.");
        assertThat(unsubscribe.verify(unsubscribe.tokenFor(new PersonId(7)))).contains(new PersonId(7));
    }
}
