package dev.baton.application.proposal;

public interface WithdrawProposalUseCase {

    /** The proposer (or an admin) takes an open proposal back. */
    ProposalDetails withdraw(DecideProposalCommand command);
}
