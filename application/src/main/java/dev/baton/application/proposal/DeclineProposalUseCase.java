package dev.baton.application.proposal;

public interface DeclineProposalUseCase {

    /** Declines an open proposal with an optional note; the receiving team's targets stay as they are. */
    ProposalDetails decline(DecideProposalCommand command);
}
