package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An admin plans the next quarter from a revenue goal on the plan page, with rates from the funnel's history, adjusts
 * one rate, adopts, and sees the targets stored and the handoff shared, in a real Chromium.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PlanInTheBrowserTest {

    @TestHTTPResource("/")
    URL baton;

    private static long funnelWithHistory(long marketing, long sales) {
        long funnel = AdminApi.admin()
                .body(Map.of(
                        "name",
                        Names.unique("Plan funnel"),
                        "stages",
                        List.of(
                                Map.of("key", "lead", "name", "Lead", "team", marketing),
                                Map.of("key", "mql", "name", "MQL", "team", marketing),
                                Map.of("key", "sql", "name", "SQL", "team", sales),
                                Map.of("key", "won", "name", "Won", "team", sales))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        YearMonth last = YearMonth.now().minusMonths(1);
        for (YearMonth month : List.of(last.minusMonths(1), last)) {
            AdminApi.admin()
                    .queryParam("funnel", funnel)
                    .body(Map.of("entered:lead", 1000, "entered:mql", 400, "entered:sql", 100, "entered:won", 20))
                    .put("/api/measures/" + month)
                    .then()
                    .statusCode(200);
        }
        return funnel;
    }

    @Test
    void anAdminPlansTheNextQuarterAdjustsARateAndAdoptsIt() {
        long mia = AdminApi.person("Mia Marketing", "TEAM_LEAD");
        long sam = AdminApi.person("Sam Sales", "TEAM_LEAD");
        long marketing = AdminApi.team("Marketing", "MARKETING", mia);
        long sales = AdminApi.team("Sales", "SALES", sam);
        long funnel = funnelWithHistory(marketing, sales);
        YearMonth next = YearMonth.now().plusMonths(3);
        String quarter = next.getYear() + "-Q" + ((next.getMonthValue() - 1) / 3 + 1);

        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "login");
        page.getByLabel("Username").fill(SignIns.ADMIN);
        page.getByLabel("Password").fill(SignIns.ADMIN_PASSWORD);
        page.getByLabel("Password").press("Enter");
        page.navigate(baton + "plan?funnel=" + funnel);
        page.getByLabel("Funnel").selectOption(Long.toString(funnel));
        page.locator("#plan-period").fill(quarter);
        page.locator("#plan-goal").fill("150000");
        page.getByLabel("Average deal value").fill("10000");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plan").setExact(true))
                .click();

        assertThat(page.locator(".rate-source").first())
                .containsText("history " + YearMonth.now().minusMonths(2));
        assertThat(page.locator("li[data-stage=won]")).containsText("needs 15");
        assertThat(page.locator("li[data-stage=sql]")).containsText("needs 75");

        page.locator("input[name='rate.sql>won']").fill("30");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plan").setExact(true))
                .click();
        assertThat(page.locator("li[data-stage=sql]")).containsText("needs 50");
        assertThat(page.locator("#plan-score")).containsText("with the plan");

        page.locator("#adopt").click();

        assertThat(page).hasURL(Pattern.compile(".*adopted=.*"));
        assertThat(page.locator("#adopted")).containsText("targets written, 0 left");
        assertThat(page.locator(".plan-handoffs li").first()).containsText("✓");
        assertThat(page.locator(".plan-targets").first()).containsText("unchanged");
        Browser.screenshot(page, "plan-adopted");
        AdminApi.admin()
                .queryParam("team", sales)
                .queryParam("period", quarter)
                .get("/api/targets")
                .then()
                .statusCode(200)
                .body("items.metric", org.hamcrest.Matchers.hasItems("entered:sql", "entered:won", "new_revenue"));
    }
}
