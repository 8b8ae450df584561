package dev.baton.app.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * Baton with single sign-on on, against quarkus-test-oidc-server's provider ({@link OidcWiremockTestResource}), with
 * the ID tokens of {@link TestProvider}. Every test that needs it shares this one profile, since each profile restarts
 * the application.
 */
public class OidcOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "baton.oidc.issuer", "${keycloak.url}/realms/quarkus",
                "baton.oidc.client-id", TestProvider.CLIENT_ID,
                "baton.oidc.client-secret", TestProvider.CLIENT_SECRET);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }
}
