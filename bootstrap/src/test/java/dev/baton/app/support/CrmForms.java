package dev.baton.app.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The CRM pages as an admin fills them in the browser tests, and the CRM exports they upload. */
public final class CrmForms {

    /** The stage table of the HubSpot "Sales Pipeline" the tests' exports are written for. */
    public static final String HUBSPOT_STAGES =
            "Appointment Scheduled = sql\nContract Sent = opportunity\nClosed Won = customer\nClosed Lost =\n";

    private CrmForms() {}

    /**
     * On a funnel's page: opens its CRM mapping, maps HubSpot's "Sales Pipeline" (ISO dates) with
     * {@link #HUBSPOT_STAGES} to the funnel's sql, opportunity and customer stages, and saves it.
     */
    public static void mapToHubSpotStages(Page page) {
        page.getByText("Map this funnel to CRM stages").click();
        page.locator("#hubspot-pipeline").fill("Sales Pipeline");
        page.locator("#hubspot-date-format").selectOption("ISO");
        page.locator("#hubspot-stages").fill(HUBSPOT_STAGES);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mapping"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
    }

    /** A CRM export of {@code src/test/resources/crm}. */
    public static byte[] export(String name) {
        try (InputStream in = CrmForms.class.getResourceAsStream("/crm/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
