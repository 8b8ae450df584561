package dev.baton.app.measure;

import static io.restassured.RestAssured.given;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Nobody reads or records measures without signing in. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MeasureAnonymousAccessTest {

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/measures/2026-09").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"revenue\": 5}")
                .put("/api/measures/2026-09")
                .then()
                .statusCode(401);
        given().contentType("text/csv")
                .body("period,measure,value\n2026-09,revenue,5\n")
                .post("/api/measures/import?mode=commit")
                .then()
                .statusCode(401);
        given().get("/api/measures/export?from=2026-01&to=2026-06").then().statusCode(401);
    }

    @Test
    void anonymousReadersOfThePagesAreSentToSignIn() {
        given().redirects().follow(false).get("/measures").then().statusCode(303);
        given().redirects().follow(false).get("/measures/import").then().statusCode(303);
    }

    @Test
    void theImportPagesScriptIsAStaticAssetServedToAnyone() {
        given().get("/js/measure-import.js")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("javascript"))
                .body(org.hamcrest.Matchers.containsString("data-import-form"));
    }
}
