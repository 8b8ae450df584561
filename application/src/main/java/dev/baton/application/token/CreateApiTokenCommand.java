package dev.baton.application.token;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** A new token for the person asking: a name they recognise it by, and when it should stop working. */
public record CreateApiTokenCommand(String name, Optional<Instant> expiresAt) {

    public static final int MAX_NAME_LENGTH = 80;

    public CreateApiTokenCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * From raw input. {@code expiresAt} is an ISO-8601 date-time with an offset ({@code 2026-12-31T18:00:00Z}) or a
     * date ({@code 2026-12-31}, meaning midnight UTC as that day begins); absent, the default lifetime applies. Whether
     * it lies in the allowed range is the service's call, which knows the time.
     */
    public static CreateApiTokenCommand of(String name, String expiresAt) {
        Validation v = new Validation();
        Instant expires = null;
        if (expiresAt != null && !expiresAt.isBlank()) {
            expires = parse(expiresAt.strip());
            if (expires == null) {
                v.add(FieldError.of("expiresAt", "field.TOKEN_EXPIRY_SHAPE"));
            }
        }
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            v.add(FieldError.of("name", "field.TOKEN_NAME_REQUIRED"));
        } else if (stripped.length() > MAX_NAME_LENGTH) {
            v.add(FieldError.of("name", "field.TOKEN_NAME_TOO_LONG", MAX_NAME_LENGTH));
        }
        v.throwIfInvalid();
        return new CreateApiTokenCommand(stripped, Optional.ofNullable(expires));
    }

    private static Instant parse(String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
