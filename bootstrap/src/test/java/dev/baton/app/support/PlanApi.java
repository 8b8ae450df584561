package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Funnels and targets set up through the public API, for the alignment tests. */
public final class PlanApi {

    private PlanApi() {}

    /** A stage for {@link #createFunnel}: key, name, owning team id. */
    public static Map<String, Object> stage(String key, long team) {
        return Map.of("key", key, "name", key.toUpperCase(), "team", team);
    }

    @SafeVarargs
    public static long createFunnel(String name, Map<String, Object>... stages) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "stages", List.of(stages)))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A target body: AT_LEAST/AT_MOST take {@code value}; add scope or change it with {@link #scoped}. */
    public static Map<String, Object> target(
            long team, String metric, String period, String type, Object value, long owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", team);
        body.put("metric", metric);
        body.put("period", period);
        body.put("threshold", Map.of("type", type, "value", value));
        body.put("ownerId", owner);
        return body;
    }

    public static Map<String, Object> scoped(Map<String, Object> target, String from, String to) {
        Map<String, Object> copy = new LinkedHashMap<>(target);
        copy.put("scope", Map.of("from", from, "to", to));
        return copy;
    }

    public static String setTarget(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
