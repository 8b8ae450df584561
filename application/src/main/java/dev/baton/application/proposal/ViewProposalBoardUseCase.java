package dev.baton.application.proposal;

public interface ViewProposalBoardUseCase {

    ProposalBoard board(ListProposalsQuery query);
}
