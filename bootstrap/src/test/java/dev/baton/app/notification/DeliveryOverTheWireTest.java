package dev.baton.app.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import dev.baton.app.support.GreenMailTestResource;
import dev.baton.app.support.GreenMailTestResource.InjectGreenMail;
import dev.baton.app.support.MailServerOn;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.notification.delivery.DeliverOutboxService;
import dev.baton.application.notification.delivery.DeliverOutboxUseCase;
import dev.baton.application.notification.delivery.DeliverySteps;
import dev.baton.application.notification.port.ChatPoster;
import dev.baton.application.notification.port.MailSender;
import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery over real wires: a kept mail reaches a real SMTP server (GreenMail) with both its parts, and a chat post
 * reaches a webhook receiver (WireMock) as {@code {"text": …}}; a 500 leaves the post FAILED and the retry, once its
 * backoff has passed on a clock the test moves, delivers it. No test waits for the ticker.
 */
@QuarkusTest
@TestProfile(MailServerOn.class)
class DeliveryOverTheWireTest {

    private static WireMockServer webhook;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    Outbox outbox;

    @Inject
    DeliverOutboxUseCase delivery;

    @Inject
    DeliverySteps steps;

    @Inject
    MailSender mailSender;

    @Inject
    ChatPoster chatPoster;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startWebhook() {
        webhook = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        webhook.start();
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop();
    }

    @BeforeEach
    void resetWebhook() {
        webhook.resetAll();
    }

    private long keep(Message message) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.keep(message));
    }

    private Object[] row(long id) {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select status, attempts, last_error from outbox_message where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    }

    @Test
    void a_kept_mail_arrives_over_smtp_with_its_text_and_html_parts() throws Exception {
        String to = "rita.recipient@example.com";
        long id = keep(Message.mail(
                to,
                "Alignment 30/100, 2 violations — 2026-Q4",
                "Hello Rita,\nMarketing → Sales shares no metric.\nhttps://baton.test/alignment",
                "<p>Hello Rita,</p><p><a href=\"https://baton.test/alignment\">Marketing → Sales</a> shares no metric.</p>",
                "digest"));

        delivery.deliverDue();

        MimeMessage received = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("GreenMail received no mail for " + to));
        assertThat(received.getSubject()).isEqualTo("Alignment 30/100, 2 violations — 2026-Q4");
        assertThat(received.getFrom()[0].toString()).isEqualTo(GreenMailTestResource.FROM);
        Map<String, String> parts = new HashMap<>();
        collectParts(received, parts);
        assertThat(parts.get("text/plain"))
                .contains("Marketing → Sales shares no metric.", "https://baton.test/alignment");
        assertThat(parts.get("text/html")).contains("<a href=\"https://baton.test/alignment\">Marketing → Sales</a>");
        assertThat(row(id)[0]).isEqualTo("SENT");
    }

    @Test
    void a_chat_post_reaches_the_webhook_as_text_json() {
        webhook.stubFor(
                post(urlEqualTo("/hooks/company")).willReturn(aResponse().withStatus(200)));
        long id = keep(Message.chat(
                webhook.baseUrl() + "/hooks/company", "Alignment 30/100", "Alignment 30/100 — 2026-Q4", "digest"));

        delivery.deliverDue();

        webhook.verify(
                1,
                postRequestedFor(urlEqualTo("/hooks/company"))
                        .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                        .withRequestBody(equalToJson("{\"text\": \"Alignment 30/100 — 2026-Q4\"}")));
        assertThat(row(id)[0]).isEqualTo("SENT");
    }

    @Test
    void a_webhook_answering_500_leaves_the_post_failed_and_the_retry_after_the_backoff_delivers_it() {
        webhook.stubFor(post(urlEqualTo("/hooks/flaky"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        webhook.stubFor(post(urlEqualTo("/hooks/flaky"))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        MutableClock moved = new MutableClock(clock.instant().plusSeconds(1));
        DeliverOutboxService controlled = new DeliverOutboxService(steps, mailSender, chatPoster, moved);
        long id = keep(Message.chat(webhook.baseUrl() + "/hooks/flaky", "Alert", "A new violation", "alert"));

        moved.advance(Duration.ofSeconds(1));
        controlled.deliverDue();

        Object[] failed = row(id);
        assertThat(failed[0]).isEqualTo("FAILED");
        assertThat(((Number) failed[1]).intValue()).isEqualTo(1);
        assertThat(failed[2]).isEqualTo("HTTP 500");

        moved.advance(Duration.ofSeconds(30));
        controlled.deliverDue();
        assertThat(row(id)[0]).as("not due before its backoff").isEqualTo("FAILED");

        moved.advance(Duration.ofSeconds(31));
        controlled.deliverDue();

        assertThat(row(id)[0]).isEqualTo("SENT");
        webhook.verify(
                2,
                postRequestedFor(urlEqualTo("/hooks/flaky"))
                        .withRequestBody(equalToJson("{\"text\": \"A new violation\"}")));
    }

    private static void collectParts(Part part, Map<String, String> parts) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectParts(child, parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", content.toString());
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", content.toString());
        }
    }
}
