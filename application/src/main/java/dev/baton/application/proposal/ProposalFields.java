package dev.baton.application.proposal;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.proposal.ProposalId;
import java.util.Optional;

/** Parsing shared by the proposal commands. */
public final class ProposalFields {

    public static final int MAX_NOTE = 1000;

    private ProposalFields() {}

    public static Optional<String> note(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > MAX_NOTE) {
            v.add(FieldError.of(field, "field.PROPOSAL_NOTE_TOO_LONG", MAX_NOTE));
        }
        return Optional.of(text);
    }

    /** A proposal id from a path: anything that is not one names no proposal (404). */
    public static ProposalId id(String raw) {
        try {
            return ProposalId.of(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("proposal", raw);
        }
    }
}
