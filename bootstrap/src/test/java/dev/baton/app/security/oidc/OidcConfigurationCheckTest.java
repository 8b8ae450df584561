package dev.baton.app.security.oidc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Half a single sign-on setup stops Baton at start-up; none, or a whole one, lets it start. */
class OidcConfigurationCheckTest {

    private static OidcConfigurationCheck checking(TestSettings settings) {
        OidcConfigurationCheck check = new OidcConfigurationCheck();
        check.settings = settings;
        return check;
    }

    @Test
    void anIssuerWithoutAClientSecretStopsTheStart() {
        TestSettings half =
                new TestSettings(Optional.of("https://id.example.com"), Optional.of("baton"), Optional.empty());

        assertThatThrownBy(() -> checking(half).onStart(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BATON_OIDC_CLIENT_SECRET");
    }

    @Test
    void anIssuerWithoutAClientIdStopsTheStart() {
        TestSettings half = new TestSettings(Optional.of("https://id.example.com"), Optional.empty(), Optional.of("s"));

        assertThatThrownBy(() -> checking(half).onStart(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noIssuerMeansSingleSignOnIsOffAndNothingElseIsAsked() {
        TestSettings off = new TestSettings(Optional.empty(), Optional.empty(), Optional.empty());

        assertThatCode(() -> checking(off).onStart(null)).doesNotThrowAnyException();
    }

    @Test
    void aCompleteSetupStarts() {
        assertThatCode(() -> checking(TestSettings.of("https://id.example.com")).onStart(null))
                .doesNotThrowAnyException();
    }
}
