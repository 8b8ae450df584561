package dev.baton.application.funnel;

import dev.baton.domain.funnel.Funnel;
import java.util.Objects;

/** A funnel as it is stored: the domain's funnel with its id and the version that guards concurrent edits. */
public record StoredFunnel(long id, Funnel funnel, long version) {

    public StoredFunnel {
        if (id <= 0) {
            throw new IllegalArgumentException("a funnel id is positive, got " + id);
        }
        Objects.requireNonNull(funnel, "funnel");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
    }

    public StoredFunnel with(Funnel changed) {
        return new StoredFunnel(id, changed, version);
    }
}
