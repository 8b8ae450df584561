package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.baton.app.support.Accessibility.passesWcagAaAndFits;
import static dev.baton.app.support.Accessibility.tabUntil;
import static dev.baton.app.support.Accessibility.tabUntilFocused;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Api;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15's pages in a real Chromium, in both languages, on a laptop and a tablet: a KPI's own page (chart and table,
 * check-ins, the open proposal on its slot, the findings that name it, its audit entries), the form that edits a
 * check-in, and the open-proposals card of both teams' target editors, as the receiving lead reads it, as the same
 * editor comes back from a refused form, and as the proposer reads it. Each passes axe-core's WCAG 2.1 A and AA rules
 * and fits without scrolling sideways; and a lead records and edits a check-in with the keyboard alone.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CheckInsAndProposalsInTheBrowserTest {

    private static final String PASSWORD = "check-ins-browser-1";
    private static final String PERIOD = "2038-Q3";

    @TestHTTPResource("/")
    URL baton;

    private static String salesLead;
    private static String marketingLead;
    private static String marketingName;
    private static String salesName;
    private static long marketing;
    private static long sales;
    private static String target;

    @BeforeEach
    void twoTeamsATargetACheckInAndAProposalOnce() {
        if (target != null) {
            return;
        }
        long maya = AdminApi.person("Maya Lead", "TEAM_LEAD");
        long sam = AdminApi.person("Sam Lead", "TEAM_LEAD");
        marketingLead = AdminApi.signIn(maya, "maya-kpi", PASSWORD);
        salesLead = AdminApi.signIn(sam, "sam-kpi", PASSWORD);
        marketingName = Names.unique("Marketing");
        salesName = Names.unique("Sales");
        marketing = Api.createTeam(AdminApi.admin(), marketingName, "MARKETING", maya);
        sales = Api.createTeam(AdminApi.admin(), salesName, "SALES", sam);
        AdminApi.funnel(Names.unique("KPI page funnel"), "mql", marketing, "sql", sales);
        AdminApi.target(sales, "new_revenue", PERIOD, "AT_LEAST", 100000, sam);
        // Marketing holds the same metric with another bar: a finding that names sales' target.
        AdminApi.target(marketing, "new_revenue", PERIOD, "AT_LEAST", 120000, maya);
        target = AdminApi.admin()
                .queryParam("team", sales)
                .queryParam("period", PERIOD)
                .get("/api/targets")
                .jsonPath()
                .getString("items[0].id");
        AdminApi.admin()
                .body(Map.of(
                        "note", "Two deals slipped\ninto next quarter", "confidence", "AT_RISK", "forecast", 95000))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(201);
        given().auth()
                .preemptive()
                .basic(marketingLead, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "toTeam",
                        sales,
                        "metric",
                        "new_revenue",
                        "period",
                        PERIOD,
                        "threshold",
                        Map.of("type", "AT_LEAST", "value", 150000),
                        "note",
                        "Share new revenue at 150,000 with us at MQL → SQL"))
                .post("/api/proposals")
                .then()
                .statusCode(201);
    }

    private Page signedIn(String username, String locale, int width, int height) {
        Page page = Browser.newPage(locale);
        page.setViewportSize(width, height);
        page.navigate(baton + "login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        return page;
    }

    private String kpiPage() {
        return "kpis/" + target;
    }

    private String salesEditor() {
        return "targets?team=" + sales + "&period=" + PERIOD;
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en-GB, 1366, 768", "zh-CN, 820, 1180"})
    void theKpiPageAndTheCheckInFormsPassWcagAaAndFitTheScreen(String locale, int width, int height) {
        Page page = signedIn(salesLead, locale, width, height);
        page.navigate(baton + kpiPage());
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("svg.kpi-chart")).isVisible();
        assertThat(page.locator("#kpi-table tbody tr")).hasCount(12);
        assertThat(page.locator("li.checkin").first()).containsText("Two deals slipped");
        assertThat(page.locator("#open-heading ~ ul li").first()).containsText(marketingName);
        assertThat(page.locator("#kpi-findings-heading ~ ul.findings li").first())
                .containsText(marketingName);
        assertThat(page.locator("#audit-heading ~ ul li").first()).isVisible();
        assertThat(page.locator("#ci-note")).isVisible();
        passesWcagAaAndFits(page, kpiPage());
        Browser.screenshot(page, "kpi-page-" + locale + "-" + width + "px");

        // A refused check-in comes back on the same page with its message, and still passes.
        page.locator("#ci-forecast").fill("lots");
        page.locator("form[action$='/check-ins'] button[type=submit]").click();
        assertThat(page.locator("#ci-forecast-error")).isVisible();
        passesWcagAaAndFits(page, kpiPage() + ", a check-in refused");

        page.navigate(baton + kpiPage());
        page.locator("a.checkin-edit").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/check-ins/.+/edit"));
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("#ci-note")).isVisible();
        passesWcagAaAndFits(page, "the check-in edit form");

        page.locator("#ci-note").fill("");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("#ci-note-error")).isVisible();
        passesWcagAaAndFits(page, "the check-in edit form, refused");

        // The scorecard's line for the target, which links to the KPI page, carries the latest check-in.
        page.navigate(baton + "scorecard?period=" + PERIOD);
        assertThat(page.locator("a[href='/kpis/" + target + "']")).isVisible();
        Locator checkIn = page.locator("tr:has(a[href='/kpis/" + target + "']) .check-in");
        assertThat(checkIn).isVisible();
        // The full note opens on keyboard focus, not only in a hover tooltip.
        assertThat(checkIn.locator(".check-in-note")).isHidden();
        checkIn.focus();
        assertThat(checkIn.locator(".check-in-note")).isVisible();
        assertThat(checkIn.locator(".check-in-note")).containsText("into next quarter");
        passesWcagAaAndFits(page, "the scorecard with a check-in");
        page.context().close();
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en-GB, 1366, 768", "zh-CN, 820, 1180"})
    void theOpenProposalsCardOfBothEditorsPassesWcagAaAndFitsTheScreen(String locale, int width, int height) {
        Page receiver = signedIn(salesLead, locale, width, height);
        receiver.navigate(baton + salesEditor());
        Locator card = receiver.locator("section.open-proposals");
        assertThat(card.locator("li.proposal")).hasCount(1);
        assertThat(card.locator("li.proposal")).containsText(marketingName);
        assertThat(card.locator("li.proposal form[action$='/accept'] button")).isVisible();
        assertThat(card.locator("li.proposal form[action$='/decline'] input[name=note]"))
                .isVisible();
        passesWcagAaAndFits(receiver, salesEditor() + ", the receiving lead");
        Browser.screenshot(receiver, "open-proposals-receiver-" + locale + "-" + width + "px");

        // The same editor as the editing page draws it again for a refused form: the card is still there.
        receiver.locator("form[action='/targets'] button[value=save]").click();
        assertThat(receiver.locator("#target-metric-error")).isVisible();
        assertThat(receiver.locator("section.open-proposals li.proposal")).hasCount(1);
        passesWcagAaAndFits(receiver, "the target editor, a refused form");
        receiver.context().close();

        Page proposer = signedIn(marketingLead, locale, width, height);
        proposer.navigate(baton + salesEditor());
        Locator theirs = proposer.locator("section.open-proposals li.proposal");
        assertThat(theirs).hasCount(1);
        assertThat(theirs.locator("form[action$='/withdraw'] button")).isVisible();
        // axe leaves text of the card's own colour for a person to review rather than failing it: Withdraw was white.
        assertThat(theirs.locator("form[action$='/withdraw'] button")).not().hasCSS("color", "rgb(255, 255, 255)");
        passesWcagAaAndFits(proposer, salesEditor() + ", the proposer reading");
        String ownEditor = "targets?team=" + marketing + "&period=" + PERIOD;
        proposer.navigate(baton + ownEditor);
        assertThat(proposer.locator("section.open-proposals li.proposal")).hasCount(1);
        passesWcagAaAndFits(proposer, ownEditor + ", the proposer's own editor");
        proposer.context().close();
    }

    @Test
    void aLeadRecordsAndEditsACheckInWithTheKeyboardAlone() {
        Page page = signedIn(salesLead, "en-GB", 1366, 768);
        page.navigate(baton + kpiPage());
        Locator note = page.locator("#ci-note");
        Locator confidence = page.locator("#ci-confidence");
        Locator forecast = page.locator("#ci-forecast");
        assertThat(note).hasAccessibleName("Note");
        assertThat(confidence).hasAccessibleName("Confidence");
        assertThat(forecast).hasAccessibleName("Forecast for the period's end");
        String typed = Names.unique("Keyboard check-in");

        // From the top of the page, Tab to the note: the form opens with the last check-in's values.
        tabUntil(page, "note");
        assertThat(confidence).hasValue("AT_RISK");
        typeTheCheckInAndSubmit(page, typed, true, "lots");

        // Refused: the message is next to the forecast, which has the focus, and nothing typed is lost.
        assertThat(page.locator("#ci-forecast-error")).hasText("'lots' is not a number; write it like 1800000 or 0.8.");
        assertThat(forecast).isFocused();
        assertThat(forecast).hasAttribute("aria-invalid", "true");
        assertThat(forecast).hasAttribute("aria-describedby", "ci-forecast-error");
        assertThat(forecast).hasValue("lots");
        assertThat(note).hasValue(typed);
        assertThat(confidence).hasValue("OFF_TRACK");
        typeOver(page, "98000");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/kpis/" + target + "\\?recorded=true"));
        assertThat(page.locator("p.callout.ok[role=status]")).hasText("Check-in recorded.");
        Locator recorded = page.locator("li.checkin").filter(new Locator.FilterOptions().setHasText(typed));
        assertThat(recorded).containsText("off track");
        assertThat(recorded).containsText("98000");

        // Tab to the new check-in's edit link and open it with Enter.
        tabUntilFocused(
                page,
                "el => el.matches('a.checkin-edit') && el.closest('li.checkin').textContent.includes('" + typed + "')",
                "the new check-in's edit link");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/check-ins/.+/edit"));
        tabUntil(page, "note");
        assertThat(note).hasValue(typed);
        typeTheCheckInAndSubmit(page, "", false, "99000");

        // An empty note is refused: its message is next to it, it has the focus, the forecast typed is kept.
        assertThat(page.locator("#ci-note-error")).hasText("Say in a few words how the target is going.");
        assertThat(note).isFocused();
        assertThat(note).hasAttribute("aria-describedby", "ci-note-error");
        assertThat(forecast).hasValue("99000");
        String edited = typed + ", edited";
        typeTheCheckInAndSubmit(page, edited, false, "99000");

        assertThat(page).hasURL(Pattern.compile(".*/kpis/" + target + "\\?edited=true"));
        assertThat(page.locator("p.callout.ok[role=status]")).isVisible();
        Locator changed = page.locator("li.checkin").filter(new Locator.FilterOptions().setHasText(edited));
        assertThat(changed).containsText("99000");
        assertThat(changed).containsText("edited by " + salesLead);
        page.context().close();
    }

    /**
     * From the note, which has the focus, types over each field of a check-in form in tab order (one option down the
     * confidence if asked), checks that Tab moves from the note to the confidence, the forecast and the button, and
     * presses the button with Enter.
     */
    private static void typeTheCheckInAndSubmit(Page page, String note, boolean nextConfidence, String forecast) {
        assertThat(page.locator("#ci-note")).isFocused();
        typeOver(page, note);
        page.keyboard().press("Tab");
        assertThat(page.locator("#ci-confidence")).isFocused();
        if (nextConfidence) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Tab");
        assertThat(page.locator("#ci-forecast")).isFocused();
        typeOver(page, forecast);
        page.keyboard().press("Tab");
        assertThat(page.locator("form.stacked button[type=submit]")).isFocused();
        page.keyboard().press("Enter");
    }

    /** Selects what the focused field holds and types this in its place (or deletes it, for nothing). */
    private static void typeOver(Page page, String text) {
        page.keyboard().press("ControlOrMeta+A");
        if (text.isEmpty()) {
            page.keyboard().press("Delete");
        } else {
            page.keyboard().type(text);
        }
    }
}
