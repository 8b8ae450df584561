package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two leads settle an uncovered handoff themselves, in a real Chromium: sales' lead proposes the metric sales holds
 * from a finding on marketing's editor (which they cannot edit), marketing's lead signs in and accepts, and the
 * handoff turns green on the scorecard.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProposalsInTheBrowserTest {

    private static final String PASSWORD = "proposals-browser-1";

    @TestHTTPResource("/")
    URL baton;

    private Page signedIn(String username) {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "scorecard");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        return page;
    }

    @Test
    void aLeadProposesFromAFindingTheOtherLeadAcceptsAndTheHandoffTurnsGreen() {
        long maya = AdminApi.person("Maya Lead", "TEAM_LEAD");
        long sam = AdminApi.person("Sam Lead", "TEAM_LEAD");
        String marketingLead = AdminApi.signIn(maya, "maya", PASSWORD);
        String salesLead = AdminApi.signIn(sam, "sam", PASSWORD);
        long marketing = AdminApi.team("Marketing", "MARKETING", maya);
        long sales = AdminApi.team("Sales", "SALES", sam);
        String funnel = Names.unique("Proposal funnel");
        AdminApi.funnel(funnel, "mql", marketing, "sql", sales);
        AdminApi.target(sales, "new_revenue", "2036-Q3", "AT_LEAST", 100000, sam);

        Page proposer = signedIn(salesLead);
        proposer.navigate(baton + "targets?team=" + marketing + "&period=2036-Q3");
        proposer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Propose to .*")))
                .first()
                .click();
        assertThat(proposer.locator("p.callout.ok")).hasText("Proposal sent.");
        proposer.navigate(baton + "targets?team=" + marketing + "&period=2036-Q3");
        assertThat(proposer.locator(".findings .proposal-waiting").first())
                .containsText(Pattern.compile("proposed by Sales.*, waiting for Marketing"));
        proposer.context().close();

        Page receiver = signedIn(marketingLead);
        receiver.navigate(baton + "targets?team=" + marketing + "&period=2036-Q3");
        assertThat(receiver.locator(".findings .proposal-waiting").first())
                .containsText(Pattern.compile("proposed by Sales.*, waiting for Marketing"));
        receiver.navigate(baton + "proposals");
        Locator waiting = receiver.locator("li.proposal[data-status=OPEN]").first();
        assertThat(waiting).containsText("waiting for");
        waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept"))
                .click();
        assertThat(receiver.locator("p.callout.ok")).hasText("Accepted: the target is written.");

        receiver.navigate(baton + "scorecard?period=2036-Q3");
        Locator ours = receiver.locator("figure.funnel-figure").filter(new Locator.FilterOptions().setHasText(funnel));
        assertThat(ours.locator("line.handoff-covered")).hasCount(1);
        assertThat(ours.locator("line.handoff-uncovered")).hasCount(0);
        Browser.screenshot(receiver, "proposal-accepted-handoff-covered");
        receiver.context().close();
    }
}
