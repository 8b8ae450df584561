package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.audit.Auditor;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The one who proposed (or an admin) takes an open proposal back. */
@ApplicationScoped
public class WithdrawProposalService implements WithdrawProposalUseCase {

    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final TeamRepository teams;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public WithdrawProposalService(
            AccessPolicy access, ProposalRepository proposals, TeamRepository teams, Auditor auditor, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.teams = teams;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProposalDetails withdraw(DecideProposalCommand command) {
        Actor actor = access.requireReader();
        Proposal before = ProposalParts.load(proposals, command.id());
        if (!actor.hasRole(Role.ADMIN) && !actor.username().equals(before.proposedBy())) {
            throw new ForbiddenException("Only the one who made a proposal, or an admin, may withdraw it.");
        }
        ProposalParts.requireOpen(before);
        Proposal after = proposals.update(before.withdrawn(actor.username(), clock.instant()));
        auditor.record(
                "proposal",
                after.id(),
                "withdraw",
                ProposalParts.snapshot(before),
                ProposalParts.snapshot(after),
                Optional.of(after.toTeam()));
        return ProposalParts.details(teams, after);
    }
}
