package dev.baton.app.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import dev.baton.app.support.FakeOidcProvider;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discovery waits for the first sign-in and survives a provider that is down, so Baton never depends on it to start. */
class OidcProviderTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aProviderThatCannotBeReachedIsReportedAsUnavailable() throws IOException {
        OidcProvider provider = new OidcProvider(TestSettings.of("http://127.0.0.1:" + freePort()));

        assertThatThrownBy(provider::discovered)
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> assertThat(refused.problem())
                        .isEqualTo(Problem.UNAVAILABLE));
    }

    @Test
    void aDocumentThatNamesAnotherIssuerIsNotTrusted() {
        FakeOidcProvider fake = new FakeOidcProvider();
        Map<String, String> config = fake.start();
        try {
            // The same server under another name: its document names 127.0.0.1, not localhost.
            String otherName = config.get("baton.oidc.issuer").replace("127.0.0.1", "localhost");
            OidcProvider provider = new OidcProvider(TestSettings.of(otherName));

            assertThatThrownBy(provider::discovered).isInstanceOf(SingleSignOnRefused.class);
        } finally {
            fake.stop();
        }
    }

    @Test
    void discoveryIsTriedAgainOnceTheProviderIsUp() {
        FakeOidcProvider fake = new FakeOidcProvider();
        Map<String, String> config = fake.start();
        String issuer = config.get("baton.oidc.issuer");
        fake.stop();
        OidcProvider provider = new OidcProvider(TestSettings.of(issuer));
        assertThatThrownBy(provider::discovered).isInstanceOf(SingleSignOnRefused.class);

        FakeOidcProvider restarted = new FakeOidcProvider();
        try {
            restarted.startOn(Integer.parseInt(issuer.substring(issuer.lastIndexOf(':') + 1)));

            assertThat(provider.discovered().metadata().getIssuer().getValue()).isEqualTo(issuer);
        } finally {
            restarted.stop();
        }
    }
}
