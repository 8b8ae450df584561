package dev.baton.domain.person;

/** The identity of a person. */
public record PersonId(long value) {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("a person id is a positive number, got " + value);
        }
    }
}
