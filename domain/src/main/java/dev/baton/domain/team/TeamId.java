package dev.baton.domain.team;

public record TeamId(long value) {

    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("a team id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
