package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** An admin signs in and sets up a team the way a person would: with the keyboard and the forms, in a real Chromium. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AdminInTheBrowserTest {

    @TestHTTPResource("/")
    URL baton;

    private Page signedInAsAdmin(String locale) {
        Page page = Browser.newPage(locale);
        page.navigate(baton + "admin/teams");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
        page.getByLabel(locale.startsWith("zh") ? "用户名" : "Username").fill("admin");
        page.getByLabel(locale.startsWith("zh") ? "密码" : "Password").fill("test-admin-secret");
        page.getByLabel(locale.startsWith("zh") ? "密码" : "Password").press("Enter");
        // Signing in lands on the start page, the scorecard; the admin's work starts at the teams.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/scorecard.*"));
        page.navigate(baton + "admin/teams");
        return page;
    }

    @Test
    void anAdminAddsAPersonAndMakesThemTheOwnerOfANewTeam() {
        Page page = signedInAsAdmin("en-GB");
        assertThat(page.getByText("Signed in as admin")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People"))
                .click();
        String person = Names.unique("Priya Product");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(person);
        String email = Names.email("priya");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Team lead").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams"))
                .click();
        String team = Names.unique("Product");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(team);
        page.locator("#team-kind").selectOption("PRODUCT");
        page.locator("#team-owner").selectOption(new SelectOption().setLabel(person + " (" + email + ")"));
        Browser.screenshot(page, "teams-new-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(team);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        Browser.screenshot(page, "team-created");
        page.context().close();
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndFocusesTheFieldInError() {
        Page page = signedInAsAdmin("en-GB");
        page.locator("#team-kind").selectOption("SALES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(page.locator("#team-name-error")).hasText("A team name is required.");
        assertThat(page.locator("#team-name")).isFocused();
        assertThat(page.locator("#team-kind")).hasValue("SALES");
        Browser.screenshot(page, "team-form-refused");
        page.context().close();
    }

    @Test
    void theLanguageSwitchTurnsThePagesChinese() {
        Page page = signedInAsAdmin("en-GB");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("简体中文"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("团队");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        Browser.screenshot(page, "teams-zh-CN");
        page.context().close();
    }
}
