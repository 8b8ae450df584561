package dev.baton.app.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Baton started with demo data on, as the run command starts it, on 18 November 2026 at 09:00 UTC. Each test class
 * names a profile of its own that extends this one, so it starts on a database of its own and what it changes leaves
 * the other classes' demo as seeded.
 */
public abstract class DemoCompanyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("baton.demo-data", "true", "baton.test.now", "2026-11-18T09:00:00Z");
    }
}
