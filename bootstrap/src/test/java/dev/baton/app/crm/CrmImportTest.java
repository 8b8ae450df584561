package dev.baton.app.crm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures derived from HubSpot and Salesforce exports: preview, all-or-nothing commit, safe repeats. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class CrmImportTest {

    private static ValidatableResponse hubspot(long funnel, String mode, byte[] file) {
        return given().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"hubspot-deals.csv\"")
                .queryParam("source", "hubspot")
                .queryParam("funnel", funnel)
                .queryParam("mode", mode)
                .body(file)
                .post("/api/measures/import/crm")
                .then();
    }

    private static Map<String, Object> month(JsonPath report, String period) {
        List<Map<String, Object>> months = report.getList("months");
        Map<String, Object> values = new java.util.TreeMap<>();
        for (Map<String, Object> month : months) {
            if (period.equals(month.get("period"))) {
                for (Object value : (List<?>) month.get("values")) {
                    Map<?, ?> v = (Map<?, ?>) value;
                    values.put(
                            (String) v.get("measure"),
                            new java.math.BigDecimal(v.get("derived").toString())
                                    .stripTrailingZeros()
                                    .toPlainString());
                }
            }
        }
        return values;
    }

    @Test
    void aHubSpotExportPreviewsEachMonthsMeasuresAndTheRowsItSkippedAndWritesNothing() {
        long funnel = CrmFixtures.aMappedFunnel();

        JsonPath report = hubspot(funnel, "preview", CrmFixtures.resource("hubspot-deals.csv"))
                .statusCode(200)
                .body("rows", equalTo(7))
                .body("written", equalTo(false))
                .body("unmappedStagesSeen", equalTo(List.of("Qualified To Buy")))
                .body("stagesWithoutDates", equalTo(List.of()))
                .extract()
                .jsonPath();

        assertThat(report.getList("months.period")).containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(month(report, "2026-09"))
                .containsEntry("deals", "2")
                .containsEntry("average_deal_value", "10000")
                .containsEntry("new_customers", "2")
                .containsEntry("entered:sql", "4")
                .containsEntry("entered:opportunity", "1")
                .containsEntry("entered:customer", "2");
        assertThat(month(report, "2026-10"))
                .containsEntry("deals", "1")
                .containsEntry("average_deal_value", "4000")
                .containsEntry("entered:opportunity", "1");
        assertThat(month(report, "2026-08")).containsEntry("entered:sql", "1").containsEntry("deals", "0");
        assertThat(report.getList("skipped.row")).containsExactly(6, 7);
        assertThat(report.getList("skipped.reason")).containsExactly("other_pipeline", "unmapped_stage");
        assertThat(CrmFixtures.values(funnel, "2026-09")).isEmpty();
    }

    @Test
    void theSameExportAsAWorkbookGivesTheSameMeasures() {
        long funnel = CrmFixtures.aMappedFunnel();
        JsonPath csv = hubspot(funnel, "preview", CrmFixtures.resource("hubspot-deals.csv"))
                .statusCode(200)
                .extract()
                .jsonPath();

        JsonPath xlsx = hubspot(funnel, "preview", CrmFixtures.asXlsx("hubspot-deals.csv"))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(xlsx.getList("months")).isEqualTo(csv.getList("months"));
        assertThat(xlsx.getList("skipped.row")).isEqualTo(csv.getList("skipped.row"));
    }

    @Test
    void aCommitWritesTheMonthsAndARepeatChangesNothing() {
        long funnel = CrmFixtures.aMappedFunnel();
        byte[] file = CrmFixtures.resource("hubspot-deals.csv");

        hubspot(funnel, "commit", file).statusCode(200).body("written", equalTo(true));
        String etag = given().queryParam("funnel", funnel)
                .get("/api/measures/2026-09")
                .then()
                .extract()
                .header("ETag");
        hubspot(funnel, "commit", file)
                .statusCode(200)
                .body("written", equalTo(false))
                .body("changed", equalTo(0));

        assertThat(CrmFixtures.values(funnel, "2026-09"))
                .containsEntry("deals", "2")
                .containsEntry("average_deal_value", "10000")
                .containsEntry("entered:sql", "4");
        assertThat(given().queryParam("funnel", funnel)
                        .get("/api/measures/2026-09")
                        .then()
                        .extract()
                        .header("ETag"))
                .isEqualTo(etag);
    }

    @Test
    void aRowThatDoesNotReadRefusesTheWholeCommitNamingItsRowAndColumn() {
        long funnel = CrmFixtures.aMappedFunnel();
        String bad = new String(CrmFixtures.resource("hubspot-deals.csv"), StandardCharsets.UTF_8)
                .replace("\"8,000\",\"2026-09-28\"", "\"8,000\",\"28/09/2026\"");

        hubspot(funnel, "commit", bad.getBytes(StandardCharsets.UTF_8))
                .statusCode(422)
                .body("errors.field", hasItem("row 3: Close Date"));

        assertThat(CrmFixtures.values(funnel, "2026-09")).isEmpty();
        assertThat(CrmFixtures.values(funnel, "2026-10")).isEmpty();
    }

    @Test
    void aMissingColumnIsRefusedNamingIt() {
        long funnel = CrmFixtures.aMappedFunnel();

        hubspot(funnel, "preview", "Deal Name,Deal Stage\nAcme,Closed Won\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(422)
                .body("errors.field", hasItem("Amount"));
    }

    @Test
    void aFunnelWithoutAMappingCannotImport() {
        long funnel = CrmFixtures.aFunnel();

        hubspot(funnel, "preview", CrmFixtures.resource("hubspot-deals.csv"))
                .statusCode(422)
                .body("errors.field", hasItem("funnel"));
    }

    @Test
    void aSalesforcePairGivesEntryDatesFromTheHistoryReport() {
        long funnel = CrmFixtures.aMappedFunnel();

        JsonPath report = given().multiPart(
                        "file", "opportunities.csv", CrmFixtures.resource("salesforce-opportunities.csv"), "text/csv")
                .multiPart("history", "history.csv", CrmFixtures.resource("salesforce-history.csv"), "text/csv")
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .header(Csrf.HEADER, Csrf.TOKEN)
                .queryParam("source", "salesforce")
                .queryParam("funnel", funnel)
                .queryParam("mode", "preview")
                .post("/api/measures/import/crm")
                .then()
                .statusCode(200)
                .body("stagesWithoutDates", equalTo(List.of()))
                .extract()
                .jsonPath();

        assertThat(month(report, "2026-08"))
                .containsEntry("entered:sql", "1")
                .containsEntry("entered:opportunity", "1");
        assertThat(month(report, "2026-09"))
                .containsEntry("deals", "2")
                .containsEntry("average_deal_value", "10000")
                .containsEntry("entered:sql", "3")
                .containsEntry("entered:opportunity", "1")
                .containsEntry("entered:customer", "2")
                .doesNotContainKey("new_customers");
        assertThat(month(report, "2026-10")).containsEntry("entered:opportunity", "1");
    }

    @Test
    void withoutTheHistoryReportOnlyTheFirstAndWonStagesAreDerived() {
        long funnel = CrmFixtures.aMappedFunnel();

        salesforce(funnel, "preview", CrmFixtures.resource("salesforce-opportunities.csv"))
                .statusCode(200)
                .body("stagesWithoutDates", equalTo(List.of("sql", "opportunity", "customer")));
    }

    @Test
    @TestSecurity(user = "test-exec", roles = "EXECUTIVE")
    void anExecutiveCannotImport() {
        hubspot(1, "preview", CrmFixtures.resource("hubspot-deals.csv")).statusCode(403);
    }

    private static ValidatableResponse salesforce(long funnel, String mode, byte[] report) {
        return given().contentType("text/csv")
                .queryParam("source", "salesforce")
                .queryParam("funnel", funnel)
                .queryParam("mode", mode)
                .body(report)
                .post("/api/measures/import/crm")
                .then();
    }

    private static ValidatableResponse salesforce(long funnel, String mode, String report) {
        return salesforce(funnel, mode, report.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aColumnFilterCountsOnlyItsRowsAndThePreviewListsTheOthersWithTheirCell() {
        long funnel = CrmFixtures.aFilteredFunnel();

        JsonPath report = salesforce(funnel, "preview", CrmFixtures.TYPED_OPPORTUNITIES)
                .statusCode(200)
                .body("rows", equalTo(4))
                .extract()
                .jsonPath();

        assertThat(month(report, "2026-09"))
                .containsEntry("deals", "1")
                .containsEntry("average_deal_value", "12000")
                .containsEntry("entered:sql", "1");
        assertThat(month(report, "2026-08")).containsEntry("entered:sql", "1");
        assertThat(report.getList("months.period")).containsExactly("2026-08", "2026-09");
        assertThat(report.getList("skipped.row")).containsExactly(3, 5);
        assertThat(report.getList("skipped.reason")).containsExactly("filtered_out", "filtered_out");
        assertThat(report.getList("skipped.column")).containsExactly("Opportunity Type", "Opportunity Type");
        assertThat(report.getList("skipped.value")).containsExactly("Existing Business", "Existing Business");

        salesforce(funnel, "commit", CrmFixtures.TYPED_OPPORTUNITIES)
                .statusCode(200)
                .body("written", equalTo(true));
        assertThat(CrmFixtures.values(funnel, "2026-09"))
                .containsEntry("deals", "1")
                .containsEntry("average_deal_value", "12000");
    }

    @Test
    void aReportWithoutTheFilterColumnIsRefusedNamingIt() {
        long funnel = CrmFixtures.aFilteredFunnel();

        salesforce(funnel, "preview", CrmFixtures.resource("salesforce-opportunities.csv"))
                .statusCode(422)
                .body("errors.field", hasItem("Opportunity Type"));
    }
}
