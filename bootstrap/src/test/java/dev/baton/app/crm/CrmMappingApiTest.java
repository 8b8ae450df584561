package dev.baton.app.crm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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

    @Test
    void aSalesforceColumnFilterIsReadBackAsWritten() {
        long funnel = CrmFixtures.aFilteredFunnel();

        given().get("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body("salesforce.filter.column", equalTo("Opportunity Type"))
                .body("salesforce.filter.value", equalTo("New Business"))
                .body("salesforce.stages.'Closed Won'", equalTo("customer"))
                .body("hubspot", nullValue());

        given().contentType(ContentType.JSON)
                .body(CrmFixtures.HUBSPOT_MAPPING)
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body("salesforce.filter", nullValue());
    }

    @Test
    void aColumnFilterNeedsBothItsColumnAndItsValueAndOnlySalesforceTakesOne() {
        long funnel = CrmFixtures.aFilteredFunnel();

        given().contentType(ContentType.JSON)
                .body("{\"salesforce\": {\"dateFormat\": \"ISO\", \"filter\": {\"column\": \" \", \"value\": \"New\"},"
                        + " \"stages\": {\"Closed Won\": \"customer\"}}}")
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("salesforce.filter.column")))
                .body("errors[0].message", containsString("column"));
        given().contentType(ContentType.JSON)
                .body("{\"salesforce\": {\"dateFormat\": \"ISO\", \"filter\": {},"
                        + " \"stages\": {\"Closed Won\": \"customer\"}}}")
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("salesforce.filter.column", "salesforce.filter.value"));
        given().contentType(ContentType.JSON)
                .body("{\"hubspot\": {\"dateFormat\": \"ISO\", \"filter\": {\"column\": \"Type\", \"value\": \"New\"},"
                        + " \"stages\": {\"Closed Won\": \"customer\"}}}")
                .put("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("hubspot.filter"));

        given().get("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .body("salesforce.filter.value", equalTo("New Business"));
    }
}
