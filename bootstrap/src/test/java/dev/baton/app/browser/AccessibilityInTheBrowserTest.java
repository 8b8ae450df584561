package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages people use most pass axe-core's WCAG 2.1 A and AA rules (labels, contrast, names, landmarks …) and fit a
 * laptop and a tablet without scrolling sideways, in a real Chromium, in both languages.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AccessibilityInTheBrowserTest {

    private static final String PASSWORD = "accessible-baton-1";
    private static final String PERIOD = "2037-Q1";
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TestHTTPResource("/")
    URL baton;

    private static String lead;
    private static long marketing;

    @BeforeEach
    void aSmallPlanOnce() {
        if (lead != null) {
            return;
        }
        long maya = AdminApi.person("Maya Lead", "TEAM_LEAD");
        long sam = AdminApi.person("Sam Lead", "TEAM_LEAD");
        lead = AdminApi.signIn(maya, "a11y", PASSWORD);
        marketing = AdminApi.team("Marketing", "MARKETING", maya);
        long sales = AdminApi.team("Sales", "SALES", sam);
        AdminApi.funnel(Names.unique("A11y funnel"), "mql", marketing, "sql", sales);
        AdminApi.target(sales, "new_revenue", PERIOD, "AT_LEAST", 100000, sam);
        AdminApi.target(marketing, "lead_count", PERIOD, "AT_LEAST", 1000, maya);
        AdminApi.target(marketing, "cpl", PERIOD, "AT_MOST", 170, maya);
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("deals", 21);
        measures.put("average_deal_value", 7500);
        measures.put("leads", 1200);
        measures.put("marketing_expense", 180000);
        AdminApi.measures(PERIOD, measures);
    }

    private Page signedIn(String locale, int width, int height) {
        Page page = Browser.newPage(locale);
        page.setViewportSize(width, height);
        page.navigate(baton + "login");
        page.locator("#username").fill(lead);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        return page;
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en-GB, 1366, 768", "zh-CN, 820, 1180"})
    void theMainPagesPassWcagAaAndFitTheScreen(String locale, int width, int height) {
        Page page = signedIn(locale, width, height);
        for (String path : List.of(
                "scorecard?period=" + PERIOD,
                "targets?team=" + marketing + "&period=" + PERIOD,
                "measures?period=" + PERIOD,
                "measures/import",
                "metrics",
                "audit")) {
            page.navigate(baton + path);
            assertThat(page.locator("main h1")).isVisible();

            AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();

            assertThat(results.getViolations())
                    .as(path + ": " + describe(results))
                    .isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as(path + " scrolls sideways by")
                    .isLessThanOrEqualTo(0);
            if (path.startsWith("scorecard")) {
                Browser.screenshot(page, "scorecard-" + locale + "-" + width + "px");
            }
        }
        page.context().close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-GB", "zh-CN"})
    void theSignInPagePassesWcagAa(String locale) {
        Page page = Browser.newPage(locale);
        page.navigate(baton + "login");

        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();

        assertThat(results.getViolations()).as(describe(results)).isEmpty();

        // The check itself must be able to fail: a field stripped of its label is caught.
        page.evaluate("() => document.querySelector('label[for=username]').remove()");
        assertThat(new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations())
                .extracting(Rule::getId)
                .contains("label");
        page.context().close();
    }

    private static String describe(AxeResults results) {
        return results.getViolations().stream()
                .map(AccessibilityInTheBrowserTest::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> node.getHtml() + " " + node.getFailureSummary())
                        .collect(Collectors.joining(" | "));
    }
}
