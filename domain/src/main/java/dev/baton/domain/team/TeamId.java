package dev.baton.domain.team;

/** The identity of a team. */
public record TeamId(long value) {

    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("a team id is a positive number, got " + value);
        }
    }
}
