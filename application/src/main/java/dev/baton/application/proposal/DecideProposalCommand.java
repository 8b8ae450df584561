package dev.baton.application.proposal;

import dev.baton.application.shared.Validation;
import dev.baton.domain.proposal.ProposalId;
import java.util.Objects;
import java.util.Optional;

/** Accept, decline or withdraw one proposal; a decline may say why. */
public record DecideProposalCommand(ProposalId id, Optional<String> note) {

    public DecideProposalCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
    }

    public static DecideProposalCommand of(String id, String note) {
        ProposalId proposal = ProposalFields.id(id);
        Validation v = new Validation();
        Optional<String> text = ProposalFields.note(v, "note", note);
        v.throwIfInvalid();
        return new DecideProposalCommand(proposal, text);
    }
}
