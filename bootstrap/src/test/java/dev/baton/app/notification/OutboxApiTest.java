package dev.baton.app.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code GET /api/notifications/outbox}: the outbox newest first, for admins only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OutboxApiTest {

    private static final String PASSWORD = "outbox-api-password";

    @Inject
    Outbox outbox;

    private static io.restassured.response.ValidatableResponse newestFive() {
        return given().auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .queryParam("size", 5)
                .get("/api/notifications/outbox")
                .then()
                .statusCode(200);
    }

    @Test
    void an_admin_reads_the_newest_message_first_with_its_parts_and_status() {
        String subject = Names.unique("Weekly digest");
        long id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail(
                        "reader@example.com", subject, "the text part", "<p>the html part</p>", "digest")));

        newestFive()
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(1))
                .body("totalPages", greaterThanOrEqualTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].channel", equalTo("MAIL"))
                .body("items[0].to", equalTo("reader@example.com"))
                .body("items[0].subject", equalTo(subject))
                .body("items[0].text", equalTo("the text part"))
                .body("items[0].html", equalTo("<p>the html part</p>"))
                .body("items[0].status", equalTo("KEPT"))
                .body("items[0].attempts", equalTo(0))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].lastError", nullValue())
                // Kept without an unsubscribe link, as every mail was before the header: the field is left out.
                .body("items[0]", not(hasKey("listUnsubscribe")));
    }

    @Test
    void a_mail_with_a_one_click_link_shows_it_and_an_older_one_without_reads_as_before() {
        String subject = Names.unique("Digest with its header");
        String link = "https://baton.example.com/unsubscribe/42.signed";
        long old = QuarkusTransaction.requiringNew()
                .call(() ->
                        outbox.keep(Message.mail("old@example.com", subject + " (old)", "t", "<p>h</p>", "digest")));
        long id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail("new@example.com", subject, "t", "<p>h</p>", "digest")
                        .withListUnsubscribe(link)));

        newestFive()
                .body("items[0].id", equalTo((int) id))
                .body("items[0].listUnsubscribe", equalTo(link))
                .body("items[1].id", equalTo((int) old))
                .body("items[1].subject", equalTo(subject + " (old)"))
                .body("items[1]", not(hasKey("listUnsubscribe")));
    }

    @Test
    void a_page_size_out_of_range_is_a_validation_problem_on_the_size_field() {
        given().auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .queryParam("size", 0)
                .get("/api/notifications/outbox")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void a_team_lead_may_not_read_the_outbox() {
        String lead = SignIns.create("outbox-lead", "TEAM_LEAD", PASSWORD);

        given().auth()
                .preemptive()
                .basic(lead, PASSWORD)
                .get("/api/notifications/outbox")
                .then()
                .statusCode(403);
    }

    @Test
    void nobody_signed_in_is_asked_to_sign_in() {
        given().get("/api/notifications/outbox").then().statusCode(401);
    }
}
