package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Small REST calls that set up the state a test needs, through the public API. */
public final class Api {

    private Api() {}

    public static long createPerson(String name, String... roles) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", Names.email("p"), "roles", List.of(roles)))
                .post("/api/people")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Records a period's organisation-wide measures through {@code PUT /api/measures/{period}}. */
    public static void recordMeasures(String period, Map<String, ?> values) {
        given().contentType(ContentType.JSON)
                .body(values)
                .put("/api/measures/" + period)
                .then()
                .statusCode(200);
    }

    public static long createTeam(String name, String kind, long ownerId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "ownerId", ownerId))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
