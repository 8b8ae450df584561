package dev.baton.app.preference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.notification.port.Recipients;
import dev.baton.domain.person.PersonId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The digest's unsubscribe link against the running application: followed with no session and no anti-forgery token,
 * as a mail client's RFC 8058 one-click post or a person's click, it turns the digest off; a forged one changes nothing.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class UnsubscribeLinkTest {

    private static final String PASSWORD = "unsubscribe-password";

    @Inject
    UnsubscribeLinks links;

    @Inject
    Recipients recipients;

    private long aRecipient(String name) {
        long person = AdminApi.person(name, "TEAM_LEAD");
        AdminApi.signIn(person, "unsub", PASSWORD);
        return person;
    }

    private boolean digestWanted(long person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> recipients.find(new PersonId(person)).orElseThrow().digestWanted());
    }

    private String pathOf(long person) {
        return URI.create(links.urlFor(new PersonId(person))).getPath();
    }

    @Test
    void theLinkShowsOneButtonWithoutASignInAndChangesNothingUntilItIsPressed() {
        long person = aRecipient("Una Unsubscriber");

        given().redirects()
                .follow(false)
                .get(pathOf(person))
                .then()
                .statusCode(200)
                .body(
                        containsString("<html lang=\"en\">"),
                        containsString("method=\"post\" action=\"" + pathOf(person) + "\""),
                        containsString("Turn the digest off"));
        assertThat(digestWanted(person)).isTrue();
    }

    @Test
    void aOneClickPostWithoutSessionOrAntiForgeryTokenTurnsTheDigestOff() {
        long person = aRecipient("Olly One-Click");

        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("List-Unsubscribe", "One-Click")
                .post(pathOf(person))
                .then()
                .statusCode(303)
                .header("Location", endsWith(pathOf(person)));

        assertThat(digestWanted(person)).isFalse();
        given().get(pathOf(person))
                .then()
                .statusCode(200)
                .body(
                        containsString("You will no longer get the digest."),
                        containsString("href=\"/account/preferences\""),
                        not(containsString("Turn the digest off")));
    }

    @Test
    void thePagesButtonPostsAnEmptyFormAndTheAnswerIsInThePersonsStoredLanguage() {
        long person = aRecipient("Zhang Wei");
        String username = AdminApi.signIn(person, "unsub-zh", PASSWORD);
        int version = given().auth()
                .preemptive()
                .basic(username, PASSWORD)
                .get("/api/me/preferences")
                .then()
                .extract()
                .path("version");
        given().auth()
                .preemptive()
                .basic(username, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("language", "zh-CN", "digest", true, "version", version))
                .put("/api/me/preferences")
                .then()
                .statusCode(200);

        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .post(pathOf(person))
                .then()
                .statusCode(303);
        given().header("Accept-Language", "en")
                .get(pathOf(person))
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("您将不再收到摘要。"));
        assertThat(digestWanted(person)).isFalse();
    }

    @Test
    void aForgedOrMalformedLinkIsNotFoundAndChangesNothing() {
        long person = aRecipient("Fiona Forged");
        String signed = links.tokenFor(new PersonId(person));
        String otherPersonsSignature = links.tokenFor(new PersonId(person + 1)).split("\\.")[1];

        for (String token :
                new String[] {person + "." + otherPersonsSignature, person + ".x", "garbage", signed + "x"}) {
            given().contentType(ContentType.URLENC)
                    .formParam("List-Unsubscribe", "One-Click")
                    .post("/unsubscribe/" + token)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"));
            given().get("/unsubscribe/" + token).then().statusCode(404);
        }
        assertThat(digestWanted(person)).isTrue();
    }

    @Test
    void noOtherFormPostGetsPastTheAntiForgeryCheckWithoutAToken() {
        String session = dev.baton.app.support.SignIns.formSession(
                dev.baton.app.support.SignIns.ADMIN, dev.baton.app.support.SignIns.ADMIN_PASSWORD);

        given().cookie("baton_session", session)
                .contentType(ContentType.URLENC)
                .formParam("language", "en")
                .formParam("version", "0")
                .post("/account/preferences")
                .then()
                .statusCode(400);
        given().cookie("baton_session", session)
                .contentType(ContentType.URLENC)
                .formParam("url", "https://hooks.example.com/x")
                .post("/admin/notifications/company")
                .then()
                .statusCode(400);
    }
}
