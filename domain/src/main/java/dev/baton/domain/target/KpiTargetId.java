package dev.baton.domain.target;

import java.util.Objects;
import java.util.UUID;

/** The identity of a KPI target, chosen when the target is first set. */
public record KpiTargetId(UUID value) {

    public KpiTargetId {
        Objects.requireNonNull(value, "a KPI target id is required");
    }

    public static KpiTargetId newId() {
        return new KpiTargetId(UUID.randomUUID());
    }

    public static KpiTargetId of(String text) {
        return new KpiTargetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
