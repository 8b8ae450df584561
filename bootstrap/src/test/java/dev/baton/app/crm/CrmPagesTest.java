package dev.baton.app.crm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The mapping form on a funnel's page and the CRM import page, posted as a browser posts them. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class CrmPagesTest {

    @Test
    void theMappingFormSavesTheStageTableAsTyped() {
        long funnel = CrmFixtures.aFunnel();

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("hubspot_pipeline", "Sales Pipeline")
                .formParam("hubspot_dateFormat", "ISO")
                .formParam("hubspot_stages", "Appointment Scheduled = sql\nClosed Won = customer\nClosed Lost =\n")
                .formParam("salesforce_dateFormat", "ISO")
                .formParam("salesforce_stages", "")
                .redirects()
                .follow(false)
                .post("/admin/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(303);

        given().get("/admin/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body(containsString("Closed Won = customer"), containsString("value=\"Sales Pipeline\""));
    }

    @Test
    void aStageKeyTheFunnelLacksIsShownUnderTheStageTableKeepingWhatWasTyped() {
        long funnel = CrmFixtures.aFunnel();

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("hubspot_dateFormat", "ISO")
                .formParam("hubspot_stages", "Closed Won = won")
                .post("/admin/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(422)
                .body(containsString("hubspot-stages-error"), containsString("Closed Won = won"));
    }

    @Test
    void theImportPagePreviewsThenCommitsAHubSpotExport() {
        long funnel = CrmFixtures.aMappedFunnel();

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("source", "hubspot")
                .multiPart("funnel", Long.toString(funnel))
                .multiPart("mode", "preview")
                .multiPart("file", "deals.csv", CrmFixtures.resource("hubspot-deals.csv"), "text/csv")
                .post("/measures/import/crm")
                .then()
                .statusCode(200)
                .body(containsString("Qualified To Buy"), containsString("another pipeline"));
        assertThat(CrmFixtures.values(funnel, "2026-09")).isEmpty();

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("source", "hubspot")
                .multiPart("funnel", Long.toString(funnel))
                .multiPart("mode", "commit")
                .multiPart("file", "deals.csv", CrmFixtures.resource("hubspot-deals.csv"), "text/csv")
                .post("/measures/import/crm")
                .then()
                .statusCode(200)
                .body(containsString("values written"));
        assertThat(CrmFixtures.values(funnel, "2026-09")).containsEntry("deals", "2");
    }

    @Test
    @TestSecurity(user = "test-lead", roles = "TEAM_LEAD")
    void aTeamLeadCannotOpenTheMappingForm() {
        given().get("/admin/funnels/1/crm-mapping").then().statusCode(403);
    }

    /** The mapping form with a Salesforce stage table and the filter Opportunity Type = {@code value}. */
    private static io.restassured.response.ValidatableResponse salesforceFiltered(long funnel, String value) {
        return given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("salesforce_dateFormat", "MM/DD/YYYY")
                .formParam("salesforce_stages", "Closed Won = customer")
                .formParam("salesforce_filterColumn", "Opportunity Type")
                .formParam("salesforce_filterValue", value)
                .redirects()
                .follow(false)
                .post("/admin/funnels/" + funnel + "/crm-mapping")
                .then();
    }

    @Test
    void theMappingFormSavesSalesforcesColumnFilterAndNamesAHalfFilledOne() {
        long funnel = CrmFixtures.aFunnel();

        salesforceFiltered(funnel, "")
                .statusCode(422)
                .body(
                        containsString("id=\"salesforce-filter-value-error\""),
                        containsString("value=\"Opportunity Type\""));

        salesforceFiltered(funnel, "New Business").statusCode(303);

        given().get("/admin/funnels/" + funnel + "/crm-mapping")
                .then()
                .statusCode(200)
                .body(containsString("value=\"Opportunity Type\""), containsString("value=\"New Business\""));
        given().get("/api/funnels/" + funnel + "/crm-mapping")
                .then()
                .body("salesforce.filter.column", org.hamcrest.Matchers.equalTo("Opportunity Type"));
    }

    @Test
    void theImportPageWordsARowTheFilterLeftOut() {
        long funnel = CrmFixtures.aFilteredFunnel();

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("source", "salesforce")
                .multiPart("funnel", Long.toString(funnel))
                .multiPart("mode", "preview")
                .multiPart(
                        "file",
                        "opportunities.csv",
                        CrmFixtures.TYPED_OPPORTUNITIES.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/csv")
                .post("/measures/import/crm")
                .then()
                .statusCode(200)
                .body(containsString("Opportunity Type is not the filter&#39;s value"));
    }
}
