package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Small REST calls that set up the state a test needs, through the public API. */
public final class Api {

    private Api() {}

    public static long createPerson(String name, String... roles) {
        return createPerson(given(), name, roles);
    }

    /** As {@link #createPerson(String, String...)}, with the caller's credentials. */
    public static long createPerson(RequestSpecification as, String name, String... roles) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", Names.email("p"), "roles", List.of(roles)))
                .post("/api/people")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Records a period's organisation-wide measures through {@code PUT /api/measures/{period}}. */
    /** Records organisation-wide values on top of what the period holds, from the version it has now. */
    public static void recordMeasures(String period, Map<String, ?> values) {
        String version = given().get("/api/measures/" + period)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", version)
                .body(values)
                .put("/api/measures/" + period)
                .then()
                .statusCode(200);
    }

    public static long createTeam(String name, String kind, long ownerId) {
        return createTeam(given(), name, kind, ownerId);
    }

    /** As {@link #createTeam(String, String, long)}, with the caller's credentials. */
    public static long createTeam(RequestSpecification as, String name, String kind, long ownerId) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "ownerId", ownerId))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
