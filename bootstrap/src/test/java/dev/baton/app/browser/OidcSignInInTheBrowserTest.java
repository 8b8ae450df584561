package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.OidcOn;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in a real Chromium, which is where the SameSite=Strict session cookie has to survive the way back
 * from the provider's site (127.0.0.1) to Baton's (localhost).
 */
@QuarkusTest
@TestProfile(OidcOn.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class OidcSignInInTheBrowserTest {

    @TestHTTPResource("/")
    URL baton;

    @Test
    void aLeadSignsInThroughTheProviderAndLandsOnTheScorecardSignedIn() {
        String lead = SignIns.create("browser-sso", "TEAM_LEAD", "password-not-used-here");
        Page page = Browser.newPage("en-GB");
        page.navigate(baton + "scorecard");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        Browser.screenshot(page, "sign-in-with-sso-link");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with single sign-on"))
                .click();
        assertThat(page).hasURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/authorize\\?.*"));
        page.getByLabel("Account at the provider").fill(lead);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page).hasURL(Pattern.compile("http://localhost:\\d+/scorecard.*"));
        assertThat(page.getByText("Signed in as " + lead)).isVisible();
        page.context().close();
    }

    @Test
    void someoneWithoutABatonSignInComesBackToTheSignInPageWithTheReason() {
        Page page = Browser.newPage("zh-CN");
        page.navigate(baton + "login");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("使用单点登录"))
                .click();
        page.getByLabel("Account at the provider").fill("nobody-in-baton");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=no-account"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("在 Baton 中没有对应的登录账号");
        Browser.screenshot(page, "sign-in-sso-no-account-zh");
        page.context().close();
    }
}
