package dev.baton.app.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class PersonApiTest {

    @Test
    void creatingAPersonStoresTheAddressInLowerCase() {
        String email = Names.email("Grace");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Grace Hopper", "email", email.toUpperCase(), "roles", List.of("EXECUTIVE", "ADMIN")))
                .when()
                .post("/api/people")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/people/"))
                .body("email", equalTo(email.toLowerCase()))
                .body("roles", contains("ADMIN", "EXECUTIVE"));
    }

    @Test
    void aPersonWithoutNameValidAddressOrRoleIsRefusedWithEveryFieldNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "email", "not-an-address", "roles", List.of()))
                .when()
                .post("/api/people")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "email", "roles"));
    }

    @Test
    void anUnknownRoleIsNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Rex", "email", Names.email("rex"), "roles", List.of("KING")))
                .when()
                .post("/api/people")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("roles"))
                .body("errors[0].message", containsString("KING"));
    }

    @Test
    void anAddressIsUsedByOnePersonOnly() {
        String email = Names.email("twin");
        Map<String, Object> body = Map.of("name", "Twin", "email", email, "roles", List.of("EXECUTIVE"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/people")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/people")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void editingWithTheCurrentVersionSucceedsAndAStaleOneConflicts() {
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Edith", "email", Names.email("edith"), "roles", List.of("TEAM_LEAD")))
                .post("/api/people")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> edit =
                Map.of("name", "Edith Editor", "email", Names.email("edith"), "roles", List.of("ADMIN"), "version", 0);
        given().contentType(ContentType.JSON)
                .body(edit)
                .when()
                .put("/api/people/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Edith Editor"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(edit)
                .when()
                .put("/api/people/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        given().when().get("/api/people/123456789").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Nobody", "email", Names.email("nobody"), "roles", List.of("ADMIN"), "version", 0))
                .when()
                .put("/api/people/123456789")
                .then()
                .statusCode(404);
    }

    @Test
    void theListSearchesByNameOrAddress() {
        String name = Names.unique("Searchable");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", Names.email("findme"), "roles", List.of("EXECUTIVE")))
                .post("/api/people")
                .then()
                .statusCode(201);
        given().queryParam("search", name.toLowerCase())
                .when()
                .get("/api/people")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo(name));
    }
}
