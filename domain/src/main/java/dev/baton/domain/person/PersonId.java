package dev.baton.domain.person;

public record PersonId(long value) {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("a person id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
