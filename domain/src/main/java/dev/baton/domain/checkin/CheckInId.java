package dev.baton.domain.checkin;

import java.util.Objects;
import java.util.UUID;

/** The identity of a check-in, chosen when it is first recorded. */
public record CheckInId(UUID value) {

    public CheckInId {
        Objects.requireNonNull(value, "a check-in id is required");
    }

    public static CheckInId newId() {
        return new CheckInId(UUID.randomUUID());
    }

    public static CheckInId of(String text) {
        return new CheckInId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
