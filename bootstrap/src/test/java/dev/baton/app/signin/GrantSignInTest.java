package dev.baton.app.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class GrantSignInTest {

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void anAdminGivesAPersonASignInWhichThenWorks() {
        long person = Api.createPerson("Grant Me", "EXECUTIVE");
        String username = "grant-" + person;
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a-long-enough-password"))
                .when()
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(204);
        // A second password replaces the first.
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "another-long-password"))
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(204);
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void aShortPasswordAndABadUsernameAreFieldErrors() {
        long person = Api.createPerson("Short", "EXECUTIVE");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "Not Valid!", "password", "short"))
                .when()
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void onlyAnAdminGivesSignIns() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "sneaky", "password", "a-long-enough-password"))
                .when()
                .put("/api/people/1/account")
                .then()
                .statusCode(403);
    }

    @Test
    void theGrantedSignInOpensTheApiWithItsRoles() {
        long person = given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Basic Exec",
                        "email",
                        "basic.exec." + System.nanoTime() + "@example.com",
                        "roles",
                        java.util.List.of("EXECUTIVE")))
                .post("/api/people")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String username = "exec-" + person;
        given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "executive-password"))
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(204);
        given().auth()
                .preemptive()
                .basic(username, "executive-password")
                .get("/api/people/" + person)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) person));
        given().auth()
                .preemptive()
                .basic(username, "executive-password")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "SALES", "ownerId", person))
                .post("/api/teams")
                .then()
                .statusCode(403);
    }
}
