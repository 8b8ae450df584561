package dev.baton.application.measure;

import java.time.Instant;
import java.util.Objects;

/** When and by whom values were recorded, stored beside each value. */
public record Recording(Instant at, String by) {

    public Recording {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
