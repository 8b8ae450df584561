package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.baton.app.support.Api;
import dev.baton.app.support.Browser;
import dev.baton.app.support.CrmForms;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An admin maps a funnel to HubSpot stages on its page, then previews and imports a HubSpot export. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CrmImportInTheBrowserTest {

    @TestHTTPResource("/")
    URL baton;

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin-secret");
    }

    private static long aFunnel() {
        long owner = Api.createPerson(admin(), Names.unique("CRM Owner"), "TEAM_LEAD");
        long team = Api.createTeam(admin(), Names.unique("CRM Sales"), "SALES", owner);
        return admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        Names.unique("CRM browser"),
                        "stages",
                        List.of(
                                PlanApi.stage("lead", team),
                                PlanApi.stage("sql", team),
                                PlanApi.stage("opportunity", team),
                                PlanApi.stage("customer", team))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static byte[] export() {
        return CrmForms.export("hubspot-deals.csv");
    }

    @Test
    void anAdminMapsTheFunnelThenPreviewsAndImportsAHubSpotExport() {
        long funnel = aFunnel();
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "admin/funnels/" + funnel);
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("test-admin-secret");
        page.getByLabel("Password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        page.navigate(baton + "admin/funnels/" + funnel);

        CrmForms.mapToHubSpotStages(page);

        page.navigate(baton + "measures/import/crm?funnel=" + funnel);
        page.locator("#crm-file").setInputFiles(new FilePayload("deals.csv", "text/csv", export()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("[data-unmapped]")).containsText("Qualified To Buy");
        assertThat(page.locator("table.crm-months tbody tr").first()).isVisible();
        Browser.screenshot(page, "crm-previewed");

        page.locator("#crm-file").setInputFiles(new FilePayload("deals.csv", "text/csv", export()));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        assertThat(page.locator("#crm-result-heading")).containsText("values written");

        Map<String, String> september = admin().queryParam("funnel", funnel)
                .get("/api/measures/2026-09")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("values", String.class, String.class);
        org.assertj.core.api.Assertions.assertThat(september)
                .containsEntry("deals", "2")
                .containsEntry("average_deal_value", "10000");
    }
}
