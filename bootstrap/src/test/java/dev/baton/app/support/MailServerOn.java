package dev.baton.app.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Baton with a mail server configured: GreenMail ({@link GreenMailTestResource}). Its clock starts in January 2020, so
 * the only messages due are the ones its tests keep, never one another test left in the database. Every test that
 * needs a mail server shares this profile, since each profile restarts the application.
 */
public class MailServerOn implements QuarkusTestProfile {

    public static final String START = "2020-01-06T09:00:00Z";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("baton.test.now", START);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(EmbeddedPostgresTestResource.class),
                new TestResourceEntry(GreenMailTestResource.class));
    }
}
