package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;

/**
 * What a viewer may do with a proposal, as the decide and withdraw services will judge it: the receiving team's lead
 * or an admin decides an open one; the one who made it, or an admin, withdraws it. The proposals page and the target
 * editor offer the same buttons from here.
 */
public final class ProposalRights {

    private ProposalRights() {}

    public static ProposalBoard.Item item(AccessPolicy access, Actor actor, TeamRepository teams, Proposal proposal) {
        boolean admin = actor.hasRole(Role.ADMIN);
        boolean open = proposal.status().open();
        return new ProposalBoard.Item(
                ProposalParts.details(teams, proposal),
                open && (admin || access.mayEditTeam(proposal.toTeam())),
                open && (admin || actor.username().equals(proposal.proposedBy())));
    }
}
