package dev.baton.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyTest {

    private static final String DEVELOPMENT_KEY = "baton-development-session-key";

    @Test
    void theDevelopmentKeyIsConfiguredForTheDevAndTestProfilesOnly() throws IOException {
        List<String> lines;
        try (InputStream in = SessionKey.class.getResourceAsStream("/application.properties")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertThat(lines.stream().filter(l -> l.contains(DEVELOPMENT_KEY)))
                .isNotEmpty()
                .allMatch(l -> l.startsWith("%dev.") || l.startsWith("%test."));
        assertThat(lines).contains("quarkus.http.auth.session.encryption-key=${baton.session-key}");
    }

    @Test
    void aKeptKeyIsMadeOnceRandomAndReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(SessionKey.FILE_NAME);
        String first = SessionKey.kept(file);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SessionKey.kept(file)).isEqualTo(first);
        assertThat(SessionKey.kept(dir.resolve("another.key"))).isNotEqualTo(first);
    }
}
