package dev.baton.app.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.baton.app.support.Browser;
import dev.baton.app.support.CrmForms;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's "done when", on the demo company as a fresh start seeds it (on a database of its own, so the import leaves
 * {@link DemoCompanyTest}'s demo as it is), on 18 November 2026: the demo admin maps the Main funnel to HubSpot stages
 * on the funnel's page, previews and imports a HubSpot deals export of October 2026 at {@code /measures/import}, and
 * the scorecard of October shows the revenue and the SQL → customer conversion the export implies instead of the
 * demo's.
 *
 * <p>The demo's October on Main: 21 deals at 7,500 (new revenue 157,500), 240 SQLs and 60 customers entered (a
 * conversion of 25 %). The export ({@code crm/demo-hubspot-deals.csv}), mapped Appointment Scheduled → sql, Contract
 * Sent → opportunity, Closed Won → customer and Closed Lost → none, holds seven rows, all dated in October:
 *
 * <ul>
 *   <li>7107 is in the Partner Pipeline and skipped;
 *   <li>7101, 7102 and 7103 closed won for 24,000, 16,500 and 10,500: 3 deals, 51,000, an average of 17,000;
 *   <li>all six Sales Pipeline deals entered Appointment Scheduled: {@code entered:sql} 6; four entered Contract Sent
 *       (7103 skipped it, 7106 is not there yet): {@code entered:opportunity} 4; three entered Closed Won:
 *       {@code entered:customer} 3.
 * </ul>
 *
 * So October's new revenue becomes 3 × 17,000 = 51,000 and its SQL → customer conversion 3 ÷ 6 = 50 %; five values
 * change (deals, average deal value and the three stage entries). October is the first month of 2026-Q4, so the
 * month view's quarter to date is October alone.
 */
@QuarkusTest
@TestProfile(DemoCrmImportInTheBrowserTest.WithDemoData.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DemoCrmImportInTheBrowserTest {

    public static class WithDemoData extends DemoCompanyProfile {}

    @TestHTTPResource("/")
    URL baton;

    private static byte[] export() {
        return CrmForms.export("demo-hubspot-deals.csv");
    }

    /** The actual of each row of the metric on the scorecard (the third cell: name, target, actual). */
    private static Locator actuals(Page page, String metric) {
        return page.locator("tr[data-metric=" + metric + "] td:nth-child(3)");
    }

    /**
     * An actual that starts with the number, nothing before it and no further digit after it. Playwright matches it in
     * the browser as a JavaScript expression, which has no {@code \Q…\E}: the number is written as it reads (digits,
     * commas, " %").
     */
    private static Pattern startsWith(String number) {
        return Pattern.compile("^\\s*" + number + "(?![\\d.,])");
    }

    private static Locator salesConversion(Page page) {
        return page.locator("tr[data-metric=stage_conversion_rate]")
                .filter(new Locator.FilterOptions().setHasText("sql→customer"))
                .locator("td:nth-child(3)");
    }

    private static Locator previewLine(Page page, String measure) {
        return page.locator("table.crm-months tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(
                                "code", new Page.LocatorOptions().setHasText(Pattern.compile("^" + measure + "$")))))
                .locator("td");
    }

    @Test
    void theDemoAdminMapsMainToHubSpotImportsAnExportAndTheScorecardFollows() {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill("demo-admin");
        page.getByLabel("Password").fill("baton-demo-2026");
        page.getByLabel("Password").press("Enter");
        assertThat(page.locator("h1")).containsText("Scorecard");

        page.navigate(baton + "scorecard?period=2026-10");
        assertThat(page.locator("h1")).hasText("Scorecard for 2026-10");
        assertThat(actuals(page, "new_revenue")).hasText(new Pattern[] {startsWith("157,500"), startsWith("157,500")});
        assertThat(salesConversion(page)).hasText(startsWith("25 %"));

        page.navigate(baton + "admin/funnels");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Main").setExact(true))
                .click();
        CrmForms.mapToHubSpotStages(page);

        page.navigate(baton + "measures/import");
        page.getByText("Import a HubSpot or Salesforce export").click();
        page.locator("#crm-source").selectOption("hubspot");
        page.locator("#crm-funnel").selectOption(new SelectOption().setLabel("Main"));
        page.locator("#crm-file").setInputFiles(new FilePayload("deals.csv", "text/csv", export()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#crm-result-heading"))
                .hasText("7 rows read; 5 values would change. Nothing is written yet.");
        assertThat(previewLine(page, "deals")).hasText(new String[] {"2026-10", "deals", "3", "21"});
        assertThat(previewLine(page, "average_deal_value"))
                .hasText(new String[] {"2026-10", "average_deal_value", "17000", "7500"});
        assertThat(previewLine(page, "entered:sql")).hasText(new String[] {"2026-10", "entered:sql", "6", "240"});
        assertThat(previewLine(page, "entered:customer"))
                .hasText(new String[] {"2026-10", "entered:customer", "3", "60"});
        Browser.screenshot(page, "crm-demo-previewed");

        page.locator("#crm-file").setInputFiles(new FilePayload("deals.csv", "text/csv", export()));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        assertThat(page.locator("#crm-result-heading")).hasText("7 rows read; 5 values written.");

        page.navigate(baton + "scorecard?period=2026-10");
        assertThat(actuals(page, "new_revenue")).hasText(new Pattern[] {startsWith("51,000"), startsWith("51,000")});
        assertThat(salesConversion(page)).hasText(startsWith("50 %"));
        Browser.screenshot(page, "crm-demo-scorecard");
        page.context().close();
    }
}
