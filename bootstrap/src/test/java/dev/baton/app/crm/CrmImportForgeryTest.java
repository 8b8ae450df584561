package dev.baton.app.crm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A script sends a CRM export as multipart with nothing but its API token; a browser's session cookie still needs the
 * page's anti-forgery token for the same upload, so a foreign page cannot make a signed-in browser import.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CrmImportForgeryTest {

    private static final String PASSWORD = "crm-forgery-test-password";

    private String admin;
    private long funnel;

    @BeforeEach
    void aMappedFunnelAndAnAdminToImportIt() {
        admin = SignIns.create("crm-importer", "ADMIN", PASSWORD);
        funnel = asTheFirstAdmin(CrmFixtures::aMappedFunnel);
    }

    /** Fixtures made over HTTP Basic by the first admin: this class signs in for real, without @TestSecurity. */
    private static <T> T asTheFirstAdmin(Supplier<T> work) {
        RestAssured.authentication = RestAssured.preemptive().basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        try {
            return work.get();
        } finally {
            RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        }
    }

    private static Map<String, String> stored(long funnel) {
        return asTheFirstAdmin(() -> CrmFixtures.values(funnel, "2026-09"));
    }

    private String apiToken() {
        return given().auth()
                .preemptive()
                .basic(admin, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "CRM upload"))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private ValidatableResponse upload(RequestSpecification request, String mode) {
        return request.multiPart("file", "hubspot-deals.csv", CrmFixtures.resource("hubspot-deals.csv"), "text/csv")
                .queryParam("source", "hubspot")
                .queryParam("funnel", funnel)
                .queryParam("mode", mode)
                .post("/api/measures/import/crm")
                .then();
    }

    @Test
    void aMultipartUploadSignedInByAnApiTokenAloneIsPreviewedAndCommitted() {
        String token = apiToken();

        upload(given().header("Authorization", "Bearer " + token), "preview")
                .statusCode(200)
                .body("rows", equalTo(7))
                .body("written", equalTo(false));
        assertThat(stored(funnel)).isEmpty();

        upload(given().header("Authorization", "Bearer " + token), "commit")
                .statusCode(200)
                .body("written", equalTo(true));
        assertThat(stored(funnel)).containsEntry("deals", "2").containsEntry("entered:sql", "4");
    }

    @Test
    void aMultipartUploadSignedInByTheSessionCookieWithoutTheAntiForgeryTokenIsRefusedAndWritesNothing() {
        String session = SignIns.formSession(admin, PASSWORD);
        assertThat(session).isNotBlank();

        upload(given().cookie("baton_session", session), "commit").statusCode(403);
        // The signed cookie alone, as a foreign page's post would carry it, is no token either.
        upload(given().cookie("baton_session", session).cookie(Csrf.COOKIE, Csrf.cookie()), "commit")
                .statusCode(403);
        // Nor is a header token that the cookie does not sign: quarkus-rest-csrf still checks the pair.
        upload(
                        given().cookie("baton_session", session)
                                .cookie(Csrf.COOKIE, Csrf.cookie())
                                .header(Csrf.HEADER, "dGhlLXdyb25nLXRva2VuIQ"),
                        "commit")
                .statusCode(400);

        assertThat(stored(funnel)).isEmpty();
    }

    @Test
    void aMultipartUploadOverHttpBasicStillNeedsTheAntiForgeryPair() {
        // A browser that has answered the Basic prompt sends those credentials by itself, as it does a cookie.
        upload(given().auth().preemptive().basic(admin, PASSWORD), "commit").statusCode(400);
        assertThat(stored(funnel)).isEmpty();

        upload(
                        given().auth()
                                .preemptive()
                                .basic(admin, PASSWORD)
                                .cookie(Csrf.COOKIE, Csrf.cookie())
                                .header(Csrf.HEADER, Csrf.TOKEN),
                        "commit")
                .statusCode(200)
                .body("written", equalTo(true));
    }

    @Test
    void aSessionCookieBesideABearerHeaderThatDoesNotSignInIsRefused() {
        String session = SignIns.formSession(admin, PASSWORD);

        upload(given().cookie("baton_session", session).header("Authorization", "Bearer baton_not-a-token"), "commit")
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));

        assertThat(stored(funnel)).isEmpty();
    }

    @Test
    void aMultipartUploadSignedInByTheSessionCookieWithThePagesTokenIsCommitted() {
        String session = SignIns.formSession(admin, PASSWORD);

        upload(
                        given().cookie("baton_session", session)
                                .cookie(Csrf.COOKIE, Csrf.cookie())
                                .header(Csrf.HEADER, Csrf.TOKEN),
                        "commit")
                .statusCode(200)
                .body("written", equalTo(true));

        assertThat(stored(funnel)).containsEntry("deals", "2");
    }
}
