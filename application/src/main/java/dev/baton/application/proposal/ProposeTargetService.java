package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.target.TargetChecks;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead proposes a target to another team; an admin may propose to any team. The receiving team's current target on
 * the same slot is remembered with its version, so a later accept can tell whether it changed in between.
 */
@ApplicationScoped
public class ProposeTargetService implements ProposeTargetUseCase {

    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final TargetRepository targets;
    private final TeamRepository teams;
    private final TargetChecks checks;
    private final MetricCatalogProvider catalogs;
    private final Auditor auditor;
    private final Clock clock;
    private final ProposalAlerts alerts;

    @Inject
    public ProposeTargetService(
            AccessPolicy access,
            ProposalRepository proposals,
            TargetRepository targets,
            TeamRepository teams,
            TargetChecks checks,
            MetricCatalogProvider catalogs,
            Auditor auditor,
            Clock clock,
            ProposalAlerts alerts) {
        this.access = access;
        this.proposals = proposals;
        this.targets = targets;
        this.teams = teams;
        this.checks = checks;
        this.catalogs = catalogs;
        this.auditor = auditor;
        this.clock = clock;
        this.alerts = alerts;
    }

    @Override
    @Transactional
    public ProposalDetails propose(ProposeTargetCommand command) {
        Actor actor = access.requireReader();
        boolean admin = actor.hasRole(Role.ADMIN);
        if (!admin && !actor.hasRole(Role.TEAM_LEAD)) {
            throw new ForbiddenException("Only an admin or a team lead may propose a target to another team.");
        }
        Optional<TeamId> from = command.fromTeam().isPresent() ? command.fromTeam() : ownTeam(actor);
        if (!admin && from.isEmpty()) {
            throw new ForbiddenException("Only a lead of a team may propose targets to another team.");
        }
        from.ifPresent(team -> {
            if (!access.mayEditTeam(team)) {
                throw new ForbiddenException("Only an admin or a lead of team " + team + " may propose on its behalf.");
            }
        });
        if (!admin && access.mayEditTeam(command.toTeam())) {
            throw new InvalidInputException(List.of(ProposeTargetCommand.ownTeam()));
        }
        Team receiver = teams.findById(command.toTeam())
                .filter(t -> !t.archived())
                .orElseThrow(() ->
                        InvalidInputException.of("toTeam", "field.PROPOSAL_NO_TEAM", String.valueOf(command.toTeam())));
        checks.check(catalogs.current(), receiver.id(), command.metric(), command.scope(), null);
        Optional<KpiTarget> current = targets.of(receiver.id(), command.period()).stream()
                .filter(t -> t.metric().equals(command.metric()) && t.scope().equals(command.scope()))
                .findFirst();
        Proposal proposal = proposals.add(Proposal.open(
                from,
                receiver.id(),
                command.metric(),
                command.scope(),
                command.period(),
                command.threshold(),
                command.note(),
                current,
                actor.username(),
                clock.instant()));
        auditor.record(
                "proposal",
                proposal.id(),
                "propose",
                Map.of(),
                ProposalParts.snapshot(proposal),
                Optional.of(proposal.toTeam()));
        alerts.proposed(proposal);
        return ProposalParts.details(teams, proposal);
    }

    /** The team a lead speaks for by default: the one they own, else the first they lead by name. */
    private Optional<TeamId> ownTeam(Actor actor) {
        if (!actor.hasRole(Role.TEAM_LEAD) || actor.person().isEmpty()) {
            return Optional.empty();
        }
        PersonId person = actor.person().get();
        return teams.findAllById(teams.ledBy(person)).stream()
                .filter(team -> !team.archived())
                .min(Comparator.comparing((Team team) -> !team.isLedBy(person))
                        .thenComparing(team -> team.name().value())
                        .thenComparing(team -> team.id().value()))
                .map(Team::id);
    }
}
