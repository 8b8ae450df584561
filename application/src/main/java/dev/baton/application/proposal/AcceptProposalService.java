package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.TargetChecks;
import dev.baton.application.target.TargetDetails;
import dev.baton.application.target.TargetSnapshot;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The receiving team accepts: the proposal's new status and the target it asks for are written in one transaction.
 * The proposal is written first, so of two accepts racing, the second fails on the proposal's version before it
 * touches the target.
 */
@ApplicationScoped
public class AcceptProposalService implements AcceptProposalUseCase {

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
    public AcceptProposalService(
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
    public AcceptOutcome accept(DecideProposalCommand command) {
        Proposal before = ProposalParts.load(proposals, command.id());
        Actor actor = access.requireTeamEditor(before.toTeam());
        ProposalParts.requireOpen(before);
        Optional<KpiTarget> current = targets.of(before.toTeam(), before.period()).stream()
                .filter(t -> t.metric().equals(before.metric()) && t.scope().equals(before.scope()))
                .findFirst();
        if (!before.basedOn(current)) {
            Proposal superseded = proposals.update(before.superseded(actor.username(), clock.instant()));
            audit(before, superseded, "supersede");
            alerts.answered(superseded);
            MetricCatalog catalog = catalogs.current();
            return new AcceptOutcome(ProposalParts.details(teams, superseded), current.map(t -> details(catalog, t)));
        }
        Team receiver =
                teams.findById(before.toTeam()).orElseThrow(() -> new NotFoundException("team", before.toTeam()));
        MetricCatalog catalog = catalogs.current();
        checks.check(catalog, receiver.id(), before.metric(), before.scope(), null);
        Proposal accepted = proposals.update(before.accepted(actor.username(), clock.instant()));
        audit(before, accepted, "accept");
        alerts.answered(accepted);
        KpiTarget written;
        if (current.isPresent()) {
            KpiTarget old = current.get();
            written = targets.update(old.withThreshold(before.threshold()));
            auditor.record(
                    "target",
                    written.id(),
                    "change",
                    TargetSnapshot.of(old),
                    TargetSnapshot.of(written),
                    Optional.of(written.team()));
        } else {
            written = targets.add(new KpiTarget(
                    KpiTargetId.newId(),
                    receiver.id(),
                    before.metric(),
                    before.scope(),
                    before.period(),
                    before.threshold(),
                    receiver.owner(),
                    before.note(),
                    0));
            auditor.record(
                    "target", written.id(), "set", Map.of(), TargetSnapshot.of(written), Optional.of(written.team()));
        }
        return new AcceptOutcome(ProposalParts.details(teams, accepted), Optional.of(details(catalog, written)));
    }

    private static TargetDetails details(MetricCatalog catalog, KpiTarget target) {
        return new TargetDetails(
                target, catalog.find(target.metric()).map(target::runsAgainst).orElse(false));
    }

    private void audit(Proposal before, Proposal after, String action) {
        auditor.record(
                "proposal",
                after.id(),
                action,
                ProposalParts.snapshot(before),
                ProposalParts.snapshot(after),
                Optional.of(after.toTeam()));
    }
}
