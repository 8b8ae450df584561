package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The admin's outbox page: every message, its parts shown safely, and no page at all for anyone else. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OutboxPageTest {

    private static final String PASSWORD = "outbox-page-password";

    @Inject
    Outbox outbox;

    @Test
    void an_admin_sees_a_kept_message_with_its_text_and_its_html_in_a_sandbox() {
        String subject = Names.unique("Digest for Rita");
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.keep(Message.mail(
                        "rita@example.com",
                        subject,
                        "Plain words for Rita",
                        "<p onclick=\"alert(1)\">Rich words</p><script>alert(2)</script>",
                        "digest")));
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);

        given().cookie("baton_session", session)
                .get("/admin/outbox")
                .then()
                .statusCode(200)
                .body(containsString(subject))
                .body(containsString("rita@example.com"))
                .body(containsString("Plain words for Rita"))
                .body(containsString("<iframe class=\"message-html\" sandbox=\"\""))
                // The HTML part is only ever data inside the sandbox's srcdoc, never markup of the page itself.
                .body(containsString("&lt;script&gt;alert(2)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(2)</script>")))
                .body(containsString("href=\"/admin/outbox\""));
    }

    @Test
    void a_mail_shows_its_one_click_link_and_one_kept_before_the_header_shows_none() {
        String subject = Names.unique("Digest with its header");
        String link = "https://baton.example.com/unsubscribe/42.signed";
        long old = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail("old@example.com", subject + " old", "t", "<p>h</p>", "digest")));
        long id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail("new@example.com", subject, "t", "<p>h</p>", "digest")
                        .withListUnsubscribe(link)));
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);

        String page = given().cookie("baton_session", session)
                .get("/admin/outbox")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        String withLink =
                page.substring(page.indexOf("id=\"message-" + id + "\""), page.indexOf("id=\"message-" + old + "\""));
        assertThat(withLink)
                .contains("class=\"list-unsubscribe\"")
                .contains("One-click unsubscribe (List-Unsubscribe header): " + link);
        String older = page.substring(page.indexOf("id=\"message-" + old + "\""));
        older = older.substring(0, older.indexOf("</li>"));
        assertThat(older).contains(subject + " old").doesNotContain("list-unsubscribe");
    }

    @Test
    void an_admin_runs_the_digest_from_the_page_and_is_told_how_many_were_written() {
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);

        String location = runDigest(session).then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/admin/outbox\\?digest=\\d+");

        given().cookie("baton_session", session)
                .get(location.substring(location.indexOf("/admin/outbox")))
                .then()
                .statusCode(200)
                .body(containsString("id=\"digest-written\""))
                .body(containsString("id=\"run-digest\""));
        // The week's digests are written: a second run writes none.
        runDigest(session)
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/outbox?digest=0"));
    }

    /** The page's form post, as the browser sends it with its anti-forgery token. */
    private static io.restassured.response.Response runDigest(String session) {
        return given().cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .post("/admin/outbox/digest");
    }

    @Test
    void a_team_lead_may_not_run_the_digest() {
        String lead = SignIns.create("outbox-digest-lead", "TEAM_LEAD", PASSWORD);
        String session = SignIns.formSession(lead, PASSWORD);

        runDigest(session).then().statusCode(403);
    }

    @Test
    void the_outbox_page_speaks_chinese_too() {
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);

        given().cookie("baton_session", session)
                .header("Accept-Language", "zh-CN")
                .cookie("baton_lang", "zh-CN")
                .get("/admin/outbox")
                .then()
                .statusCode(200)
                .body(containsString("发件箱"));
    }

    @Test
    void a_team_lead_is_refused_the_page_and_not_shown_its_link() {
        String lead = SignIns.create("outbox-page-lead", "TEAM_LEAD", PASSWORD);
        String session = SignIns.formSession(lead, PASSWORD);

        given().cookie("baton_session", session).get("/admin/outbox").then().statusCode(403);
        given().cookie("baton_session", session)
                .get("/scorecard")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/admin/outbox\"")));
    }
}
