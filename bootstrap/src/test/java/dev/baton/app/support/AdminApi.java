package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Setting up a plan through the public API as the first admin, over HTTP Basic: for browser tests, which cannot use
 * {@code @TestSecurity} because it would sign the browser in too.
 */
public final class AdminApi {

    private AdminApi() {}

    public static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin-secret").contentType(ContentType.JSON);
    }

    public static long person(String name, String role) {
        return Api.createPerson(admin(), name, role);
    }

    /** Gives the person a sign-in with a fresh username, returned. */
    public static String signIn(long person, String prefix, String password) {
        String username = Names.unique(prefix).toLowerCase().replace(' ', '-');
        admin().body(Map.of("username", username, "password", password))
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(204);
        return username;
    }

    public static long team(String name, String kind, long owner) {
        return Api.createTeam(admin(), Names.unique(name), kind, owner);
    }

    public static void target(long team, String metric, String period, String type, int value, long owner) {
        admin().body(Map.of(
                        "team",
                        team,
                        "metric",
                        metric,
                        "period",
                        period,
                        "threshold",
                        Map.of("type", type, "value", value),
                        "ownerId",
                        owner))
                .post("/api/targets")
                .then()
                .statusCode(201);
    }

    /** A funnel of two stages, the first owned by {@code from}, the second by {@code to}. */
    public static void funnel(String name, String fromKey, long from, String toKey, long to) {
        admin().body(Map.of(
                        "name",
                        name,
                        "stages",
                        List.of(
                                Map.of("key", fromKey, "name", fromKey.toUpperCase(), "team", from),
                                Map.of("key", toKey, "name", toKey.toUpperCase(), "team", to))))
                .post("/api/funnels")
                .then()
                .statusCode(201);
    }

    /** Records organisation-wide measures into a period nobody recorded yet. */
    public static void measures(String period, Map<String, Object> values) {
        admin().body(values).put("/api/measures/" + period).then().statusCode(200);
    }
}
