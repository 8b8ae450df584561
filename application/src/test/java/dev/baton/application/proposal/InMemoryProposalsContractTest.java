package dev.baton.application.proposal;

import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.proposal.port.ProposalRepositoryContract;
import dev.baton.domain.team.TeamId;

class InMemoryProposalsContractTest extends ProposalRepositoryContract {

    private final InMemoryProposals proposals = new InMemoryProposals();
    private long next = 1;

    @Override
    protected ProposalRepository proposals() {
        return proposals;
    }

    @Override
    protected TeamId aTeam() {
        return new TeamId(next++);
    }
}
