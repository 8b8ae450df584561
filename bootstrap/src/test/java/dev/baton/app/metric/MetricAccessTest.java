package dev.baton.app.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every signed-in role reads and uses the catalog; only admins shape it; nobody uses it anonymously. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricAccessTest {

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/metrics").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/metrics/cac").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 1, "orders", 1)))
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(CustomMetricApiTest.metric(CustomMetricApiTest.uniqueKey("anon"), "revenue / leads"))
                .post("/api/metrics")
                .then()
                .statusCode(401);
    }

    @Test
    void anonymousReadersOfThePagesAreSentToSignIn() {
        given().redirects().follow(false).get("/metrics").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveUsesTheCalculatorButMayNotDefineMetrics() {
        given().get("/api/metrics").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 1800000, "orders", 360)))
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(CustomMetricApiTest.metric(CustomMetricApiTest.uniqueKey("exec"), "revenue / leads"))
                .post("/api/metrics")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "lead", roles = "TEAM_LEAD")
    void aTeamLeadReadsTheCatalogPagesAndMayNotDefineMetrics() {
        given().get("/metrics").then().statusCode(200).contentType(containsString("text/html"));
        given().contentType(ContentType.JSON)
                .body(CustomMetricApiTest.metric(CustomMetricApiTest.uniqueKey("lead"), "revenue / leads"))
                .post("/api/metrics")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "nobody", roles = "VISITOR")
    void aSignedInUserWithoutABatonRoleIsForbidden() {
        given().get("/api/metrics").then().statusCode(403);
    }
}
