package dev.baton.app.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * Baton with single sign-on on, against the {@link FakeOidcProvider}. Every test that needs it shares this one
 * profile, since each profile restarts the application.
 */
public class OidcOn implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOidcProvider.class));
    }
}
