package dev.baton.app.crm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A funnel's mapping to HubSpot and Salesforce stages: admins write it, everyone signed in reads it. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class CrmMappingApiTest {

    @Test
    void aMappingIsReadBackInTheShapeItWasWritten() {
        long funnel = CrmFixtures.aMappedFunnel();

        given().get("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body("hubspot.pipeline", equalTo("Sales Pipeline"))
                .body("hubspot.dateFormat", equalTo("ISO"))
                .body("hubspot.newCustomerPerWonDeal", equalTo(true))
                .body("hubspot.stages.'Contract Sent'", equalTo("opportunity"))
                .body("hubspot.stages.'Closed Lost'", nullValue())
                .body("salesforce.dateFormat", equalTo("MM/DD/YYYY"))
                .body("salesforce.newCustomerPerWonDeal", equalTo(false));
    }

    @Test
    void aFunnelWithoutAMappingReadsAsAnEmptyOne() {
        long funnel = CrmFixtures.aFunnel();

        given().get("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body("hubspot", nullValue());
    }

    @Test
    void aStageKeyTheFunnelLacksIsRefusedNamingTheStage() {
        long funnel = CrmFixtures.aFunnel();

        given().contentType(ContentType.JSON)
                .body("{\"hubspot\": {\"dateFormat\": \"ISO\", \"stages\": {\"Closed Won\": \"won\"}}}")
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hubspot.stages.Closed Won"));
    }

    @Test
    void aDateFormatIsNeverGuessed() {
        long funnel = CrmFixtures.aFunnel();

        given().contentType(ContentType.JSON)
                .body("{\"salesforce\": {\"dateFormat\": \"auto\", \"stages\": {\"Closed Won\": \"customer\"}}}")
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("salesforce.dateFormat"));
    }

    @Test
    @TestSecurity(user = "test-lead", roles = "TEAM_LEAD")
    void onlyAnAdminWritesAMapping() {
        given().contentType(ContentType.JSON)
                .body(CrmFixtures.HUBSPOT_MAPPING)
                .put("/api/funnels/1/crm-mapping")
                .then()
                .statusCode(403);
    }
}
