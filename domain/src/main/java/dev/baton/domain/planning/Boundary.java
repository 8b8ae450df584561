package dev.baton.domain.planning;

import java.util.Objects;

/** Two consecutive stages of a funnel, written {@code from>to} as in a plan's rates ({@code sql>won}). */
public record Boundary(String from, String to) {

    public Boundary {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public String text() {
        return from + ">" + to;
    }

    @Override
    public String toString() {
        return text();
    }
}
