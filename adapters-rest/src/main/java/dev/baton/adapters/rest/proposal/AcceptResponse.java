package dev.baton.adapters.rest.proposal;

import dev.baton.adapters.rest.target.TargetResponse;
import dev.baton.application.proposal.AcceptOutcome;

/** An accepted proposal and the target it wrote. */
public record AcceptResponse(ProposalResponse proposal, TargetResponse target) {

    public static AcceptResponse of(AcceptOutcome outcome) {
        return new AcceptResponse(
                ProposalResponse.of(outcome.proposal()),
                outcome.target().map(TargetResponse::of).orElse(null));
    }
}
