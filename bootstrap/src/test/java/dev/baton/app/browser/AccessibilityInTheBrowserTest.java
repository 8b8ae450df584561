package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.baton.app.support.Accessibility.WCAG_AA;
import static dev.baton.app.support.Accessibility.describe;
import static dev.baton.app.support.Accessibility.passesWcagAaAndFits;
import static dev.baton.app.support.Accessibility.tabUntil;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import dev.baton.application.notification.port.Outbox;
import dev.baton.domain.notification.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages people use most pass axe-core's WCAG 2.1 A and AA rules (labels, contrast, names, landmarks …) and fit a
 * laptop and a tablet without scrolling sideways, in a real Chromium, in both languages; so do the outbox, the chat
 * webhooks and the preferences, whose form works with the keyboard alone.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AccessibilityInTheBrowserTest {

    private static final String PASSWORD = "accessible-baton-1";
    private static final String PERIOD = "2037-Q1";

    @TestHTTPResource("/")
    URL baton;

    @Inject
    Outbox outbox;

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
        return signedIn(locale, width, height, lead, PASSWORD);
    }

    private Page signedIn(String locale, int width, int height, String username, String password) {
        Page page = Browser.newPage(locale);
        page.setViewportSize(width, height);
        page.navigate(baton + "login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
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

            passesWcagAaAndFits(page, path);
            if (path.startsWith("scorecard")) {
                Browser.screenshot(page, "scorecard-" + locale + "-" + width + "px");
            }
        }
        page.context().close();
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en-GB, 1366, 768", "zh-CN, 820, 1180"})
    void theNotificationPagesShowTheirContentPassWcagAaAndFitTheScreen(String locale, int width, int height) {
        String subject = Names.unique("A11y digest");
        long mail = QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail(
                                "reader@example.com",
                                subject,
                                "Plain words",
                                "<p style=\"color:#222\">Rich words</p>",
                                "digest")
                        .withListUnsubscribe("https://baton.example.com/unsubscribe/1.signed")));
        long chat = QuarkusTransaction.requiringNew()
                .call(() ->
                        outbox.keep(Message.chat("https://hooks.example.com/a11y", subject + " chat", "t", "alert")));
        Page admin = signedIn(locale, width, height, SignIns.ADMIN, SignIns.ADMIN_PASSWORD);

        admin.navigate(baton + "admin/outbox");
        assertThat(admin.locator("main h1")).isVisible();
        assertThat(admin.locator("#message-" + mail + " > details > summary")).containsText(subject);
        assertThat(admin.locator("#message-" + chat + " > details > summary")).containsText(subject + " chat");
        assertThat(admin.locator("#run-digest")).isVisible();
        passesWcagAaAndFits(admin, "admin/outbox");
        // Opened, the message shows its parts and its unsubscribe header, and still passes.
        admin.locator("#message-" + mail + " > details > summary").click();
        assertThat(admin.locator("#message-" + mail + " .message-text")).containsText("Plain words");
        assertThat(admin.locator("#message-" + mail + " .list-unsubscribe")).isVisible();
        assertThat(admin.locator("#message-" + mail + " iframe.message-html")).isVisible();
        passesWcagAaAndFits(admin, "admin/outbox, a message opened");

        admin.navigate(baton + "admin/notifications");
        assertThat(admin.locator("main h1")).isVisible();
        assertThat(admin.locator("#hook-company")).isVisible();
        assertThat(admin.locator("#hook-team-" + marketing)).isVisible();
        passesWcagAaAndFits(admin, "admin/notifications");
        admin.context().close();

        Page person = signedIn(locale, width, height);
        person.navigate(baton + "account/preferences");
        assertThat(person.locator("main h1")).isVisible();
        assertThat(person.locator("#language-en")).isVisible();
        assertThat(person.locator("#language-zh-CN")).isVisible();
        assertThat(person.locator("#digest")).isVisible();
        passesWcagAaAndFits(person, "account/preferences");
        person.context().close();
    }

    @Test
    void thePreferencesFormIsUsedWithTheKeyboardAloneAndWhatItSavesStaysAfterAReload() {
        long kim = AdminApi.person(Names.unique("Kim Keyboard"), "TEAM_LEAD");
        String username = AdminApi.signIn(kim, "keys", PASSWORD);
        Page page = signedIn("en-GB", 1366, 768, username, PASSWORD);
        page.navigate(baton + "account/preferences");
        assertThat(page.locator("#digest")).isChecked();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // From the top of the page, Tab until the language choice has the focus, as someone without a mouse does.
        tabUntil(page, "language");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#language-zh-CN")).isChecked();
        assertThat(page.locator("#language-zh-CN")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#digest")).isFocused();
        page.keyboard().press("Space");
        assertThat(page.locator("#digest")).not().isChecked();
        page.keyboard().press("Tab");
        assertThat(page.locator("form.stacked button[type=submit]")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/account/preferences\\?saved=true"));
        assertThat(page.locator("[role=status]")).isVisible();
        page.reload();
        assertThat(page.locator("#language-zh-CN")).isChecked();
        assertThat(page.locator("#digest")).not().isChecked();
        // The stored language is the page language from now on.
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        passesWcagAaAndFits(page, "account/preferences, saved");
        page.context().close();

        given().auth()
                .preemptive()
                .basic(username, PASSWORD)
                .get("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("language", equalTo("zh-CN"))
                .body("digest", equalTo(false));
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
}
