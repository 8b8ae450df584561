package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.audit.Auditor;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.proposal.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The receiving team declines, optionally saying why; no target is written. */
@ApplicationScoped
public class DeclineProposalService implements DeclineProposalUseCase {

    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final TeamRepository teams;
    private final Auditor auditor;
    private final Clock clock;
    private final ProposalAlerts alerts;

    @Inject
    public DeclineProposalService(
            AccessPolicy access,
            ProposalRepository proposals,
            TeamRepository teams,
            Auditor auditor,
            Clock clock,
            ProposalAlerts alerts) {
        this.access = access;
        this.proposals = proposals;
        this.teams = teams;
        this.auditor = auditor;
        this.clock = clock;
        this.alerts = alerts;
    }

    @Override
    @Transactional
    public ProposalDetails decline(DecideProposalCommand command) {
        Proposal before = ProposalParts.load(proposals, command.id());
        Actor actor = access.requireTeamEditor(before.toTeam());
        ProposalParts.requireOpen(before);
        Proposal after = proposals.update(before.declined(actor.username(), clock.instant(), command.note()));
        auditor.record(
                "proposal",
                after.id(),
                "decline",
                ProposalParts.snapshot(before),
                ProposalParts.snapshot(after),
                Optional.of(after.toTeam()));
        alerts.answered(after);
        return ProposalParts.details(teams, after);
    }
}
