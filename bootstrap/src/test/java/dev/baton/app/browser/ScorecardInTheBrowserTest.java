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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An executive reads the scorecard and a team lead closes an uncovered handoff, in a real Chromium. Marketing (the
 * lead's team) hands MQLs to sales; sales holds new revenue, marketing does not, so the handoff starts uncovered.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScorecardInTheBrowserTest {

    private static final String PASSWORD = "scorecard-browser-1";

    @TestHTTPResource("/")
    URL baton;

    private static String executive;
    private static String lead;
    private static long marketing;
    private static long sales;
    private static long salesOwner;
    private static String funnel;

    private static void plan(String period, long marketingOwner) {
        AdminApi.target(sales, "new_revenue", period, "AT_LEAST", 100000, salesOwner);
        AdminApi.target(marketing, "lead_count", period, "AT_LEAST", 1000, marketingOwner);
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("deals", 21);
        measures.put("average_deal_value", 7500);
        measures.put("leads", 1200);
        AdminApi.measures(period, measures);
    }

    @BeforeEach
    void aTwoTeamPlanOnce() {
        if (executive != null) {
            return;
        }
        long exec = AdminApi.person("Eve Executive", "EXECUTIVE");
        long maya = AdminApi.person("Maya Lead", "TEAM_LEAD");
        salesOwner = AdminApi.person("Sam Lead", "TEAM_LEAD");
        executive = AdminApi.signIn(exec, "exec", PASSWORD);
        lead = AdminApi.signIn(maya, "lead", PASSWORD);
        marketing = AdminApi.team("Marketing", "MARKETING", maya);
        sales = AdminApi.team("Sales", "SALES", salesOwner);
        funnel = Names.unique("Browser funnel");
        AdminApi.funnel(funnel, "mql", marketing, "sql", sales);
        plan("2035-Q1", maya);
        plan("2035-Q2", maya);
    }

    private Page signedIn(String username, String locale) {
        Page page = Browser.newPage(locale);
        page.navigate(baton + "scorecard");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        return page;
    }

    private Locator ourFunnel(Page page) {
        return page.locator("figure.funnel-figure").filter(new Locator.FilterOptions().setHasText(funnel));
    }

    @Test
    void anExecutiveOpensTheScorecardChangesThePeriodAndTheLanguageAndSeesTheFindings() {
        Page page = signedIn(executive, "en-GB");
        page.locator("#scorecard-granularity").selectOption("QUARTER");
        page.locator("#scorecard-period").fill("2035-Q1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Scorecard for 2035-Q1");
        assertThat(ourFunnel(page).locator("line.handoff-uncovered")).hasCount(1);
        assertThat(page.locator("#findings-heading + *, ul.findings").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("handoff mql→sql .* has no shared metric"))
                        .first())
                .isVisible();
        assertThat(page.locator("table.economics")).isVisible();
        Browser.screenshot(page, "scorecard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("简体中文"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("2035-Q1 记分卡");
        assertThat(page.getByText("没有共享指标").first()).isVisible();
        Browser.screenshot(page, "scorecard-zh-CN");
        page.context().close();
    }

    @Test
    void aTeamLeadAdoptsTheSuggestedSharedMetricAndTheHandoffTurnsGreen() {
        Page page = signedIn(lead, "en-GB");
        page.navigate(baton + "scorecard?period=2035-Q2");
        assertThat(ourFunnel(page).locator("line.handoff-uncovered")).hasCount(1);

        page.navigate(baton + "targets?team=" + marketing + "&period=2035-Q2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Adopt with .*'s bar")))
                .first()
                .click();
        assertThat(page.locator("p.callout.ok")).hasText("Saved.");

        page.navigate(baton + "scorecard?period=2035-Q2");
        assertThat(ourFunnel(page).locator("line.handoff-covered")).hasCount(1);
        assertThat(ourFunnel(page).locator("line.handoff-uncovered")).hasCount(0);
        assertThat(ourFunnel(page)).containsText("New revenue");
        Browser.screenshot(page, "scorecard-handoff-covered");
        page.context().close();
    }
}
