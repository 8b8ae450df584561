package dev.baton.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.app.support.Browser;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.OidcOn;
import dev.baton.app.support.SignIns;
import dev.baton.app.support.TestProvider;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in a real Chromium, which is where the SameSite=Strict session cookie has to survive the way back
 * from the provider's site to Baton's. The test provider listens at localhost, so Baton is opened at 127.0.0.1: two
 * sites, as with a real provider.
 */
@QuarkusTest
@TestProfile(OidcOn.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class OidcSignInInTheBrowserTest {

    private static final Pattern AT_THE_PROVIDER = Pattern.compile("http://localhost:\\d+/auth/realms/quarkus\\?.*");

    @TestHTTPResource("/")
    URL baton;

    @OidcWireMock
    WireMockServer provider;

    private String batonSite() {
        return baton.toString().replace("://localhost:", "://127.0.0.1:");
    }

    /** At the provider's sign-in form, the person signs in as {@code username}. */
    private void signInAtTheProvider(Page page, String username) {
        assertThat(page).hasURL(AT_THE_PROVIDER);
        TestProvider.nextCodeGives(provider, TestProvider.idToken(username, TestProvider.nonceOf(page.url())));
        page.locator("#username").fill(username);
        page.locator("#password").fill("the provider's password");
        page.locator("#login").click();
    }

    @Test
    void aLeadSignsInThroughTheProviderAndLandsOnTheScorecardSignedIn() {
        String lead = SignIns.create("browser-sso", "TEAM_LEAD", "password-not-used-here");
        Page page = Browser.newPage("en-GB");
        page.navigate(batonSite() + "scorecard");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        Browser.screenshot(page, "sign-in-with-sso-link");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with single sign-on"))
                .click();
        signInAtTheProvider(page, lead);

        assertThat(page).hasURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/scorecard.*"));
        assertThat(page.getByText("Signed in as " + lead)).isVisible();
        page.context().close();
    }

    @Test
    void someoneWithoutABatonSignInComesBackToTheSignInPageWithTheReason() {
        Page page = Browser.newPage("zh-CN");
        page.navigate(batonSite() + "login");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("使用单点登录"))
                .click();
        signInAtTheProvider(page, "nobody-in-baton");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=no-account"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("在 Baton 中没有对应的登录账号");
        Browser.screenshot(page, "sign-in-sso-no-account-zh");
        page.context().close();
    }
}
