package dev.baton.app.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScorecardAccessTest {

    @Test
    void anonymousReadersAreSentToSignIn() {
        given().redirects()
                .follow(false)
                .get("/scorecard")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/scorecard/export").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsTheScorecard() {
        given().get("/scorecard?period=2034-01").then().statusCode(200).body(containsString("Scorecard for 2034-01"));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "GUEST")
    void aSignedInUserWithoutARoleIsForbidden() {
        given().get("/scorecard?period=2034-01").then().statusCode(403);
        given().get("/scorecard/export?period=2034-01").then().statusCode(403);
    }
}
