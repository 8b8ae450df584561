package dev.baton.app.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.demo.SeedDemoCompanyUseCase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Baton started with demo data on, as the run command starts it, on a database of its own. */
@QuarkusTest
@TestProfile(DemoCompanyTest.WithDemoData.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DemoCompanyTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.demo-data", "true");
        }
    }

    @Inject
    SeedDemoCompanyUseCase seed;

    @Test
    void theFirstStartCreatesFourDepartmentsWithTheirLeads() {
        given().auth()
                .preemptive()
                .basic("demo-executive", "baton-demo-2026")
                .queryParam("size", 200)
                .get("/api/teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.name", containsInAnyOrder("Customer Success", "Marketing", "Product", "Sales"));
    }

    @Test
    void eachDemoSignInCarriesItsRole() {
        given().auth()
                .preemptive()
                .basic("demo-executive", "baton-demo-2026")
                .get("/api/people")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("demo-lead", "baton-demo-2026")
                .contentType("application/json")
                .body(Map.of("name", "Not mine", "kind", "OTHER", "ownerId", 1))
                .post("/api/teams")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic("demo-admin", "baton-demo-2026")
                .get("/api/audit")
                .then()
                .statusCode(200);
    }

    @Test
    void aSecondStartAddsNothing() {
        assertThat(seed.seedIfEmpty()).isEmpty();
    }
}
