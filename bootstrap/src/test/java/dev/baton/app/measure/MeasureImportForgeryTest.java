package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV import accepts any body type, so a foreign page could post a plain form to it with the browser's session
 * cookie. A cookie-signed import therefore needs the page's anti-forgery token in a header; HTTP Basic needs none.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MeasureImportForgeryTest {

    private static final String PASSWORD = "forgery-test-password";

    private String lead;
    private String session;

    @BeforeEach
    void signIn() {
        lead = SignIns.create("importer", "TEAM_LEAD", PASSWORD);
        session = SignIns.formSession(lead, PASSWORD);
        assertThat(session).isNotBlank();
    }

    /** A funnel made by the admin over HTTP Basic: the lead signed in here may not make one. */
    private static String anAdminsFunnel() {
        RestAssured.authentication = RestAssured.preemptive().basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        try {
            return MeasureApiTest.aFunnel();
        } finally {
            RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        }
    }

    private static RequestSpecification importing(RequestSpecification request, String contentType, String csv) {
        return request.contentType(contentType).queryParam("mode", "commit").body(csv);
    }

    private static String rows(String funnel) {
        return "period,measure,value,funnel\n2026-10,orders,41," + funnel + "\n";
    }

    private static Map<String, String> recorded(String funnel) {
        return given().auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .queryParam("funnel", funnel)
                .get("/api/measures/2026-10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("values", String.class, String.class);
    }

    @Test
    void anImportSignedInWithTheSessionCookieAndNoTokenIsRefusedAndWritesNothing() {
        String funnel = anAdminsFunnel();
        for (String type : new String[] {"text/csv", "text/plain"}) {
            importing(given().cookie("baton_session", session), type, rows(funnel))
                    .post("/api/measures/import")
                    .then()
                    .statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString(Csrf.HEADER));
        }
        assertThat(recorded(funnel)).isEmpty();
    }

    @Test
    void anImportSignedInWithTheSessionCookieAndAWrongTokenIsRefused() {
        String funnel = anAdminsFunnel();
        importing(
                        given().cookie("baton_session", session)
                                .cookie(Csrf.COOKIE, Csrf.cookie())
                                .header(Csrf.HEADER, "dGhlLXdyb25nLXRva2VuIQ"),
                        "text/csv",
                        rows(funnel))
                .post("/api/measures/import")
                .then()
                .statusCode(400);
        assertThat(recorded(funnel)).isEmpty();
    }

    @Test
    void anImportSignedInWithTheSessionCookieAndThePagesTokenIsWritten() {
        String funnel = anAdminsFunnel();
        importing(
                        given().cookie("baton_session", session)
                                .cookie(Csrf.COOKIE, Csrf.cookie())
                                .header(Csrf.HEADER, Csrf.TOKEN),
                        "text/csv",
                        rows(funnel))
                .post("/api/measures/import")
                .then()
                .statusCode(200)
                .body("written", equalTo(true));
        assertThat(recorded(funnel)).containsEntry("orders", "41");
    }

    @Test
    void anImportWithHttpBasicNeedsNoToken() {
        String funnel = anAdminsFunnel();
        importing(given().auth().preemptive().basic(lead, PASSWORD), "text/csv", rows(funnel))
                .post("/api/measures/import")
                .then()
                .statusCode(200)
                .body("written", equalTo(true));
        assertThat(recorded(funnel)).containsEntry("orders", "41");
    }
}
