package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.baton.app.support.Api;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An admin imports a CSV file from the import page in a real Chromium: the page shows its progress while the file is
 * sent and checked, and the file chosen for the check stays chosen for the commit.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ImportInTheBrowserTest {

    private static final int ROWS = 5_000;

    @TestHTTPResource("/")
    URL baton;

    private Page signedInAsAdmin() {
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "measures/import");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("test-admin-secret");
        page.getByLabel("Password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/scorecard.*"));
        page.navigate(baton + "measures/import");
        return page;
    }

    private static byte[] csv(String funnel) {
        StringBuilder csv = new StringBuilder("period,measure,value,funnel\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("2036-01,entered:s")
                    .append(i)
                    .append(',')
                    .append(i)
                    .append(',')
                    .append(funnel)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A funnel of the test's own, made through the API as the admin: measures name an existing funnel by id. */
    private static String aFunnel(String name) {
        RequestSpecification admin = given().auth().preemptive().basic("admin", "test-admin-secret");
        long owner = Api.createPerson(admin, Names.unique("Import Owner"), "TEAM_LEAD");
        long team = Api.createTeam(
                given().auth().preemptive().basic("admin", "test-admin-secret"),
                Names.unique("Importing"),
                "MARKETING",
                owner);
        return given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "stages", List.of(PlanApi.stage("lead", team), PlanApi.stage("sql", team))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    private static ValidatableResponse sheet(String funnel, String period) {
        return given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .queryParam("funnel", funnel)
                .get("/api/measures/" + period)
                .then()
                .statusCode(200);
    }

    @Test
    void theImportShowsItsProgressAndTheCheckedFileIsCommittedWithoutChoosingItAgain() {
        String funnel = aFunnel(Names.unique("import browser"));
        Page page = signedInAsAdmin();
        page.getByLabel("CSV file").setInputFiles(new FilePayload("measures.csv", "text/csv", csv(funnel)));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                .click();

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(ROWS + " rows checked, no errors")))
                .isVisible();
        // The progress panel is the script's: a normal post would have rendered a fresh page with it hidden.
        assertThat(page.locator("#import-progress")).isVisible();
        assertThat(page.locator("#import-progress-status")).hasText(Pattern.compile("Done in \\d+ s\\."));
        assertThat(page.locator("#import-progress progress")).hasAttribute("value", "100");
        assertThat(page.getByText("choose it again")).hasCount(0);
        Browser.screenshot(page, "import-checked");
        sheet(funnel, "2036-01").body("version", org.hamcrest.Matchers.equalTo(0));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import all rows"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ROWS + " rows written")))
                .isVisible();
        Browser.screenshot(page, "import-written");
        sheet(funnel, "2036-01")
                .body("values", org.hamcrest.Matchers.aMapWithSize(ROWS))
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void rowsWithErrorsAreListedByLineAndNothingIsWritten() {
        String funnel = aFunnel(Names.unique("import errors"));
        Page page = signedInAsAdmin();
        page.getByLabel("…or paste the rows")
                .fill("period,measure,value,funnel\n2036-02,revenue,-5," + funnel + "\n2036-13,orders,1," + funnel);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import all rows"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 rows checked, 2 errors")))
                .isVisible();
        assertThat(page.locator("table.import-errors tbody tr")).hasCount(2);
        assertThat(page.locator("#import-progress-status")).hasText(Pattern.compile("Done in \\d+ s\\."));
        // What was pasted stays in the field to be corrected.
        assertThat(page.getByLabel("…or paste the rows"))
                .hasValue(Pattern.compile(".*2036-13,orders.*", Pattern.DOTALL));
        sheet(funnel, "2036-02").body("values", org.hamcrest.Matchers.anEmptyMap());
    }
}
