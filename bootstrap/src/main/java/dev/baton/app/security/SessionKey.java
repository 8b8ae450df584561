package dev.baton.app.security;

import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that encrypts the session cookie, chosen before Quarkus starts. {@code BATON_SESSION_KEY} wins when set.
 * Without it, a Baton on its embedded database makes a random key on its first start and keeps it in the data
 * directory ({@value #FILE_NAME}, readable by its owner only), so a restart keeps everyone signed in; a Baton on an
 * external database refuses to start, because its instances must share one key that only the operator can give them.
 * The development key is configured for the dev and test profiles only.
 */
public final class SessionKey {

    public static final String ENV = "BATON_SESSION_KEY";
    public static final String PROPERTY = "baton.session-key";
    public static final String FILE_NAME = "baton-session.key";
    public static final String REFUSAL = "Baton will not start: BATON_SESSION_KEY is not set. With an external database"
            + " every instance must share one session key: set BATON_SESSION_KEY to 32 or more random characters.";

    private SessionKey() {}

    /** Sets {@value #PROPERTY} for Quarkus; empty when Baton must not start, with the reason in {@link #REFUSAL}. */
    public static boolean choose(Optional<Path> embeddedDataDir) {
        if (configured().isPresent() || LaunchMode.current() != LaunchMode.NORMAL || developmentProfile()) {
            return true;
        }
        if (embeddedDataDir.isEmpty()) {
            return false;
        }
        System.setProperty(PROPERTY, kept(embeddedDataDir.get().resolve(FILE_NAME)));
        return true;
    }

    /** The dev and test profiles bring their own key (application.properties). */
    private static boolean developmentProfile() {
        String profile = Optional.ofNullable(System.getProperty("quarkus.profile"))
                .orElse(Optional.ofNullable(System.getenv("QUARKUS_PROFILE")).orElse(""));
        return java.util.Arrays.stream(profile.split(","))
                .map(String::strip)
                .anyMatch(p -> p.equals("dev") || p.equals("test"));
    }

    private static Optional<String> configured() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(ENV)))
                .filter(key -> !key.isBlank());
    }

    /** The key in this file, made (mode 0600) on the first call. */
    static String kept(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.writeString(file, key, StandardCharsets.UTF_8);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + file, e);
        }
    }
}
