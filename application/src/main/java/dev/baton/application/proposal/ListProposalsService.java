package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.team.port.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Proposals are read by every signed-in role, like targets. */
@ApplicationScoped
public class ListProposalsService implements ListProposalsUseCase {

    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final TeamRepository teams;

    @Inject
    public ListProposalsService(AccessPolicy access, ProposalRepository proposals, TeamRepository teams) {
        this.access = access;
        this.proposals = proposals;
        this.teams = teams;
    }

    @Override
    @Transactional
    public List<ProposalDetails> list(ListProposalsQuery query) {
        access.requireReader();
        return proposals.find(query.team(), query.status(), query.period()).stream()
                .map(p -> ProposalParts.details(teams, p))
                .toList();
    }
}
