package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Sorts the proposals into the viewer's incoming, outgoing and the rest, with what the viewer may do on each. */
@ApplicationScoped
public class ProposalBoardService implements ViewProposalBoardUseCase {

    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final TeamRepository teams;

    @Inject
    public ProposalBoardService(AccessPolicy access, ProposalRepository proposals, TeamRepository teams) {
        this.access = access;
        this.proposals = proposals;
        this.teams = teams;
    }

    @Override
    @Transactional
    public ProposalBoard board(ListProposalsQuery query) {
        Actor actor = access.requireReader();
        boolean admin = actor.hasRole(Role.ADMIN);
        List<ProposalBoard.Item> incoming = new ArrayList<>();
        List<ProposalBoard.Item> outgoing = new ArrayList<>();
        List<ProposalBoard.Item> others = new ArrayList<>();
        for (Proposal p : proposals.find(query.team(), query.status(), query.period())) {
            boolean receiving = !admin && access.mayEditTeam(p.toTeam());
            boolean mine = actor.username().equals(p.proposedBy())
                    || (!admin && p.fromTeam().map(access::mayEditTeam).orElse(false));
            ProposalBoard.Item item = ProposalRights.item(access, actor, teams, p);
            if (receiving) {
                incoming.add(item);
            } else if (mine) {
                outgoing.add(item);
            } else {
                others.add(item);
            }
        }
        List<ProposalBoard.TeamChoice> choices = teams.allActive().stream()
                .map(t -> new ProposalBoard.TeamChoice(t.id().value(), t.name().value()))
                .toList();
        return new ProposalBoard(incoming, outgoing, others, choices);
    }
}
