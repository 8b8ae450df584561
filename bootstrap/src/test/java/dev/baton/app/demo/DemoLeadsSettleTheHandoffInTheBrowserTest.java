package dev.baton.app.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's "done when", on the demo company as a fresh start seeds it (on a database of its own, so the settled
 * handoff leaves {@link DemoCompanyTest}'s demo as it is): the customer → active handoff between Sales and Customer
 * Success shares no metric. Customer Success' lead proposes its net revenue retention bar to Sales from the scorecard's
 * finding (on the prefilled proposal form it opens), Sales' lead sees it on the target editor and accepts it, and the finding is gone from the scorecard.
 */
@QuarkusTest
@TestProfile(DemoLeadsSettleTheHandoffInTheBrowserTest.WithDemoData.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DemoLeadsSettleTheHandoffInTheBrowserTest {

    private static final String QUARTER = "2026-Q4";

    public static class WithDemoData extends DemoCompanyProfile {}

    @TestHTTPResource("/")
    URL baton;

    private Page signedIn(String username) {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("baton-demo-2026");
        page.getByLabel("Password").press("Enter");
        assertThat(page.locator("h1")).containsText("Scorecard");
        return page;
    }

    private static Locator uncoveredHandoff(Page page) {
        return page.locator("ul.findings li.violation")
                .filter(new Locator.FilterOptions().setHasText("(Sales → Customer Success)"));
    }

    @Test
    void twoLeadsSettleTheUncoveredHandoffThemselves() {
        Page success = signedIn("demo-success-lead");
        success.navigate(baton + "scorecard?period=" + QUARTER);
        assertThat(uncoveredHandoff(success)).hasCount(1);
        // Customer Success cannot edit Sales: the finding offers to propose the bar it holds.
        uncoveredHandoff(success)
                .locator("li[data-settle=PROPOSE]")
                .filter(new Locator.FilterOptions().setHasText("Net revenue retention"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Propose to Sales"))
                .click();
        // The proposals page opens with Sales, the metric, the quarter and Customer Success' bar filled in.
        assertThat(success.locator("#p-metric")).hasValue("net_revenue_retention");
        assertThat(success.locator("#p-value")).hasValue(Pattern.compile("100(\\.0+)?"));
        success.locator("#p-note").fill("Share retention with us at customer → active.");
        success.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Propose").setExact(true))
                .click();
        assertThat(success.locator("p.callout.ok")).hasText("Proposal sent.");
        success.navigate(baton + "scorecard?period=" + QUARTER);
        assertThat(uncoveredHandoff(success).locator(".proposal-waiting"))
                .containsText("proposed by Customer Success, waiting for Sales");
        success.context().close();

        Page sales = signedIn("demo-sales-lead");
        // A lead without a team asked for lands on their own team's editor.
        sales.navigate(baton + "targets?period=" + QUARTER);
        Locator card = sales.locator("section.open-proposals");
        Locator proposal =
                card.locator("li.proposal").filter(new Locator.FilterOptions().setHasText("Net revenue retention"));
        assertThat(proposal).containsText("proposed by Customer Success, waiting for Sales");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept"))
                .click();
        assertThat(sales.locator("p.callout.ok")).hasText("Accepted: the target is written.");

        sales.navigate(baton + "scorecard?period=" + QUARTER);
        assertThat(uncoveredHandoff(sales)).hasCount(0);
        assertThat(sales.locator("line.handoff-uncovered")).hasCount(0);
        Browser.screenshot(sales, "demo-handoff-settled");
        sales.context().close();
    }
}
