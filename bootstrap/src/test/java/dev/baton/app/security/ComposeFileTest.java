package dev.baton.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The compose files ship the safe defaults: a session key the operator must give, and no demo data unless asked. */
class ComposeFileTest {

    private static final Path DOCKER = Path.of("..", "docker");

    @Test
    void composeRefusesToRunWithoutASessionKeyAndStartsWithoutDemoData() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        assertThat(compose)
                .contains("BATON_SESSION_KEY: ${BATON_SESSION_KEY:?")
                .contains("BATON_DEMO_DATA: \"false\"")
                .doesNotContain("BATON_SESSION_KEY:-");
    }

    @Test
    void theDemoOverrideTurnsDemoDataBackOn() throws IOException {
        String demo = Files.readString(DOCKER.resolve("compose.demo.yaml"));
        assertThat(demo).contains("baton:").contains("BATON_DEMO_DATA: \"true\"");
    }
}
