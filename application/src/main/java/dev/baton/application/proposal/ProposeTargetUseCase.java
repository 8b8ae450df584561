package dev.baton.application.proposal;

public interface ProposeTargetUseCase {

    /**
     * @throws dev.baton.application.shared.InvalidInputException when the input is invalid, or names the caller's own
     *     team (which sets the target directly)
     * @throws dev.baton.application.access.ForbiddenException for a caller who is neither an admin nor a team lead
     */
    ProposalDetails propose(ProposeTargetCommand command);
}
