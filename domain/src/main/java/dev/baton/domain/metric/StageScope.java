package dev.baton.domain.metric;

import java.util.Objects;

/** The pair of funnel stages a stage-scoped metric (stage conversion rate) is measured between. */
public record StageScope(String from, String to) {

    public StageScope {
        Objects.requireNonNull(from, "scope.from is required");
        Objects.requireNonNull(to, "scope.to is required");
        if (from.isBlank() || to.isBlank()) {
            throw new IllegalArgumentException("a stage scope names two stages");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a stage scope needs two different stages, got '" + from + "' twice");
        }
    }

    @Override
    public String toString() {
        return from + "→" + to;
    }
}
