package dev.baton.app.preference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/me/preferences}: a person's own language and digest choice through the API. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PreferencesApiTest {

    private static final String PASSWORD = "preferences-password";

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void aPersonReadsEnglishWithTheDigestOnThenSetsChineseAndNoDigest() {
        String lead = SignIns.create("prefs", "TEAM_LEAD", PASSWORD);
        int version = as(lead).get("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"), "digest", equalTo(true))
                .extract()
                .path("version");

        as(lead).body(Map.of("language", "zh-CN", "digest", false, "version", version))
                .put("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("language", equalTo("zh-CN"), "digest", equalTo(false), "version", equalTo(version + 1));
        as(lead).get("/api/me/preferences").then().body("language", equalTo("zh-CN"), "digest", equalTo(false));
    }

    @Test
    void anUnknownLanguageIsAProblemNamingTheLanguageField() {
        String executive = SignIns.create("prefs", "EXECUTIVE", PASSWORD);

        as(executive)
                .body(Map.of("language", "fr", "digest", true, "version", 0))
                .put("/api/me/preferences")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("language"));
        as(executive).get("/api/me/preferences").then().body("language", equalTo("en"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String admin = SignIns.create("prefs", "ADMIN", PASSWORD);
        int version = as(admin).get("/api/me/preferences").then().extract().path("version");
        as(admin)
                .body(Map.of("language", "zh-CN", "digest", true, "version", version))
                .put("/api/me/preferences")
                .then()
                .statusCode(200);

        as(admin)
                .body(Map.of("language", "en", "digest", false, "version", version))
                .put("/api/me/preferences")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(admin).get("/api/me/preferences").then().body("language", equalTo("zh-CN"), "digest", equalTo(true));
    }

    @Test
    void nobodySignedInIsAskedToSignIn() {
        given().get("/api/me/preferences").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("language", "en", "digest", true, "version", 0))
                .put("/api/me/preferences")
                .then()
                .statusCode(401);
    }
}
