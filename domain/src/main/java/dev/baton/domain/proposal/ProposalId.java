package dev.baton.domain.proposal;

import java.util.Objects;
import java.util.UUID;

/** The identity of a proposal, chosen when it is made. */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "a proposal id is required");
    }

    public static ProposalId newId() {
        return new ProposalId(UUID.randomUUID());
    }

    public static ProposalId of(String text) {
        return new ProposalId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
