package dev.baton.application.planning;

import dev.baton.application.access.Actor;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.audit.Auditor;
import dev.baton.application.proposal.ProposalParts;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the teams an adopter may not edit for the plan's targets, as proposals from the adopter's team. A plan adopted
 * again does not ask twice: an open proposal for the same number is kept, and one for another number (an earlier
 * version of the plan) is superseded by the new one, so a receiving lead sees one request per target, and is alerted
 * of each new one as of any other proposal.
 */
@ApplicationScoped
public class PlanProposals {

    private final ProposalRepository proposals;
    private final Auditor auditor;
    private final ProposalAlerts alerts;
    private final Clock clock;

    @Inject
    public PlanProposals(ProposalRepository proposals, Auditor auditor, ProposalAlerts alerts, Clock clock) {
        this.proposals = proposals;
        this.auditor = auditor;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The open proposals that now ask for these lines' targets, from {@code from}, in the lines' order. */
    List<Proposal> propose(List<ProposedTargetLine> lines, TeamId from, Actor actor, WaterfallOutcome plan) {
        Instant now = clock.instant();
        Optional<String> note = Optional.of(
                plan.funnel().funnel().name() + " · " + plan.period().format());
        List<Proposal> asked = new ArrayList<>();
        for (ProposedTargetLine line : lines) {
            KpiTarget wanted = line.target();
            List<Proposal> open = proposals
                    .find(Optional.of(wanted.team()), Optional.of(ProposalStatus.OPEN), Optional.of(wanted.period()))
                    .stream()
                    .filter(p -> p.concerns(wanted) && p.fromTeam().equals(Optional.of(from)))
                    .toList();
            Optional<Proposal> same = open.stream()
                    .filter(p -> p.threshold().equals(wanted.threshold()))
                    .findFirst();
            if (same.isPresent()) {
                asked.add(same.get());
                continue;
            }
            for (Proposal earlier : open) {
                Proposal superseded = proposals.update(earlier.superseded(actor.username(), now));
                auditor.record(
                        "proposal",
                        superseded.id(),
                        "supersede",
                        ProposalParts.snapshot(earlier),
                        ProposalParts.snapshot(superseded),
                        Optional.of(superseded.toTeam()));
            }
            Proposal proposal = proposals.add(Proposal.open(
                    Optional.of(from),
                    wanted.team(),
                    wanted.metric(),
                    wanted.scope(),
                    wanted.period(),
                    wanted.threshold(),
                    note,
                    line.replaces(),
                    actor.username(),
                    now));
            auditor.record(
                    "proposal",
                    proposal.id(),
                    "propose",
                    Map.of(),
                    ProposalParts.snapshot(proposal),
                    Optional.of(proposal.toTeam()));
            alerts.proposed(proposal);
            asked.add(proposal);
        }
        return asked;
    }
}
