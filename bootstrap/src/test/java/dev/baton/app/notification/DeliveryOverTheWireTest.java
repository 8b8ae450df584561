package dev.baton.app.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.GreenMailTestResource;
import dev.baton.app.support.GreenMailTestResource.InjectGreenMail;
import dev.baton.app.support.MailServerOn;
import dev.baton.app.support.Names;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.delivery.DeliverOutboxService;
import dev.baton.application.notification.delivery.DeliverOutboxUseCase;
import dev.baton.application.notification.delivery.DeliverySteps;
import dev.baton.application.notification.port.ChatPoster;
import dev.baton.application.notification.port.MailSender;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.Recipients;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.PersonId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import java.net.URI;
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

    @Inject
    Recipients recipients;

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

        MimeMessage received = receivedBy(to);
        assertThat(received).as("GreenMail received the mail for " + to).isNotNull();
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
    void a_digest_arrives_with_its_one_click_headers_and_a_post_to_that_url_without_sign_in_turns_the_digest_off()
            throws Exception {
        long person = AdminApi.person(Names.unique("Hana Header"), "TEAM_LEAD");
        AdminApi.signIn(person, "header", "header-secret-123");
        String to = recipient(person).email().value();

        AdminApi.admin().post("/api/notifications/digest").then().statusCode(200);
        MimeMessage received = null;
        for (int round = 0; round < 10 && received == null; round++) {
            delivery.deliverDue();
            received = receivedBy(to);
        }

        assertThat(received).as("GreenMail received the digest for " + to).isNotNull();
        assertThat(received.getHeader("List-Unsubscribe")).hasSize(1);
        String header =
                MimeUtility.unfold(received.getHeader("List-Unsubscribe")[0]).trim();
        assertThat(header).matches("<https?://[^<>\\s]+/unsubscribe/" + person + "\\.[^<>\\s]+>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String url = header.substring(1, header.length() - 1);
        Map<String, String> parts = new HashMap<>();
        collectParts(received, parts);
        assertThat(parts.get("text/plain"))
                .as("the body's own link is the header's")
                .contains(url);
        assertThat(recipient(person).digestWanted()).isTrue();

        // What a mail client does on its unsubscribe button (RFC 8058): a form post, no cookie, no anti-forgery token.
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("List-Unsubscribe", "One-Click")
                .post(URI.create(url).getRawPath())
                .then()
                .statusCode(303);

        assertThat(recipient(person).digestWanted()).isFalse();
    }

    @Test
    void a_mail_kept_without_an_unsubscribe_link_goes_out_without_the_headers() throws Exception {
        String to = "otto.old@example.com";
        keep(Message.mail(to, "Kept before the header", "plain", "<p>html</p>", "digest"));

        delivery.deliverDue();

        MimeMessage received = receivedBy(to);
        assertThat(received).isNotNull();
        assertThat(received.getHeader("List-Unsubscribe")).isNull();
        assertThat(received.getHeader("List-Unsubscribe-Post")).isNull();
    }

    private Recipient recipient(long person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> recipients.find(new PersonId(person)).orElseThrow());
    }

    private MimeMessage receivedBy(String to) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null);
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
