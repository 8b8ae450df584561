package dev.baton.app.target;

import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets belong to their team's editors: admins, and the leads of that very team. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TargetAccessTest {

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "test-admin-secret").contentType(ContentType.JSON);
    }

    private static long create(String path, Map<String, Object> body) {
        return asAdmin()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aLeadSetsTheirOwnTeamsTargetsButNotAnotherTeams() {
        long lead = create(
                "/api/people",
                Map.of("name", "Lena Lead", "email", Names.email("lena"), "roles", List.of("TEAM_LEAD")));
        long other = create(
                "/api/people",
                Map.of("name", "Otto Other", "email", Names.email("otto"), "roles", List.of("TEAM_LEAD")));
        long own = create("/api/teams", Map.of("name", Names.unique("Lena's"), "kind", "MARKETING", "ownerId", lead));
        long foreign = create("/api/teams", Map.of("name", Names.unique("Otto's"), "kind", "SALES", "ownerId", other));
        String username = "lena" + System.nanoTime();
        asAdmin()
                .body(Map.of("username", username, "password", "lena-long-password"))
                .put("/api/people/" + lead + "/account")
                .then()
                .statusCode(204);

        given().auth()
                .preemptive()
                .basic(username, "lena-long-password")
                .contentType(ContentType.JSON)
                .body(target(foreign, "cac", "2026-Q3", "AT_MOST", 500, lead))
                .post("/api/targets")
                .then()
                .statusCode(403);
        asAdmin().queryParam("team", foreign).get("/api/targets").then().body("total", equalTo(0));

        String theirs = asAdmin()
                .body(target(foreign, "deals", "2026-Q3", "AT_LEAST", 20, other))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        Map<String, Object> change =
                new java.util.LinkedHashMap<>(target(foreign, "deals", "2026-Q3", "AT_LEAST", 1, lead));
        change.put("version", 0);
        given().auth()
                .preemptive()
                .basic(username, "lena-long-password")
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/targets/" + theirs)
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic(username, "lena-long-password")
                .queryParam("version", 0)
                .delete("/api/targets/" + theirs)
                .then()
                .statusCode(403);
        asAdmin()
                .get("/api/targets/" + theirs)
                .then()
                .body("version", equalTo(0))
                .body("threshold.value", equalTo(20));

        given().auth()
                .preemptive()
                .basic(username, "lena-long-password")
                .contentType(ContentType.JSON)
                .body(target(own, "cac", "2026-Q3", "AT_MOST", 500, lead))
                .post("/api/targets")
                .then()
                .statusCode(201);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsTargetsAndFunnelsButMayNotWriteThem() {
        given().get("/api/targets").then().statusCode(200);
        given().get("/api/funnels").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Nope", "stages", List.of()))
                .post("/api/funnels")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(target(1, "cac", "2026-Q3", "AT_MOST", 500, 1))
                .post("/api/targets")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("team", 1, "from", "2026-Q3"))
                .post("/api/targets/copy")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveSeesTheTargetEditorReadOnlyAndMayNotPostIt() {
        given().get("/targets").then().statusCode(200);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("team", 1)
                .formParam("metric", "cac")
                .post("/targets")
                .then()
                .statusCode(403);
        given().get("/admin/funnels")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("action=\"/admin/funnels\"")));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/targets").then().statusCode(401);
        given().get("/api/funnels").then().statusCode(401);
        given().queryParam("period", "2026-Q3").get("/api/alignment").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q3"))
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(target(1, "cac", "2026-Q3", "AT_MOST", 500, 1))
                .post("/api/targets")
                .then()
                .statusCode(401);
    }
}
