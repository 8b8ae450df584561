package dev.baton.application.proposal;

import dev.baton.application.target.TargetDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * What an accept did: the proposal (ACCEPTED, or SUPERSEDED when the target it would change had changed since it was
 * made) and the receiving team's target as it now stands (the written one, or the current one that superseded it).
 */
public record AcceptOutcome(ProposalDetails proposal, Optional<TargetDetails> target) {

    public AcceptOutcome {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(target, "target");
    }

    public boolean superseded() {
        return proposal.proposal().status() == dev.baton.domain.proposal.ProposalStatus.SUPERSEDED;
    }
}
