package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without BATON_OIDC_ISSUER, as Baton starts by default, single sign-on is nowhere to be seen. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OidcOffTest {

    @Test
    void theSingleSignOnPathsAreNotFound() {
        given().redirects().follow(false).get("/login/oidc").then().statusCode(404);
        given().redirects()
                .follow(false)
                .get("/login/oidc/callback?code=some-code&state=some-state")
                .then()
                .statusCode(404);
    }

    @Test
    void theSignInPageOffersNoSingleSignOn() {
        given().get("/login")
                .then()
                .statusCode(200)
                .body(containsString("name=\"j_username\""), not(containsString("/login/oidc")));
        given().header("Accept-Language", "zh-CN")
                .get("/login")
                .then()
                .statusCode(200)
                .body(not(containsString("/login/oidc")), not(containsString("单点登录")));
    }
}
