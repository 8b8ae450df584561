package dev.baton.application.proposal;

public interface AcceptProposalUseCase {

    /**
     * Accepts an open proposal: writes the receiving team's target in the same transaction. When that target changed
     * since the proposal was made, the proposal is superseded instead and nothing else is written.
     *
     * @throws dev.baton.application.access.ForbiddenException unless the caller is an admin or leads the receiving team
     * @throws dev.baton.application.shared.RefusedException when the proposal is no longer open
     * @throws dev.baton.application.shared.ConcurrentEditException when another decision came first
     */
    AcceptOutcome accept(DecideProposalCommand command);
}
