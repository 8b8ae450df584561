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

    /** A person created by whoever {@code caller} authenticates as. */
    public static long createPerson(RequestSpecification caller, String name, String... roles) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", Names.email("p"), "roles", List.of(roles)))
                .post("/api/people")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
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
