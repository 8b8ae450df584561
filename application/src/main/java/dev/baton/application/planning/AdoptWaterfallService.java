package dev.baton.application.planning;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.audit.Auditor;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.application.target.TargetSnapshot;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.person.Role;
import dev.baton.domain.planning.StageRequirement;
import dev.baton.domain.planning.Waterfall;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adopts a waterfall in one transaction: the caller's teams get their proposed targets (a stored target of the same
 * team, metric, scope and period changes); the other teams' targets are not written but proposed to them, from the
 * caller's team, for their leads to accept or decline; the plan's requirements are kept, and every write is audited.
 */
@ApplicationScoped
public class AdoptWaterfallService implements AdoptWaterfallUseCase {

    private final WaterfallPlanner planner;
    private final TargetRepository targets;
    private final AdoptedPlans adopted;
    private final Auditor auditor;
    private final AccessPolicy access;
    private final PlanProposals proposals;
    private final Clock clock;

    @Inject
    public AdoptWaterfallService(
            WaterfallPlanner planner,
            TargetRepository targets,
            AdoptedPlans adopted,
            Auditor auditor,
            AccessPolicy access,
            PlanProposals proposals,
            Clock clock) {
        this.planner = planner;
        this.targets = targets;
        this.adopted = adopted;
        this.auditor = auditor;
        this.access = access;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AdoptionOutcome adopt(WaterfallRequest request) {
        Actor actor = access.requireReader();
        if (!actor.hasRole(Role.ADMIN) && !actor.hasRole(Role.TEAM_LEAD)) {
            throw new ForbiddenException("Only an admin or a team lead may adopt a plan's targets.");
        }
        WaterfallOutcome plan = planner.plan(request);
        List<ProposedTargetLine> mine = plan.proposedTargets().stream()
                .filter(line -> access.mayEditTeam(line.target().team()))
                .toList();
        if (mine.isEmpty()) {
            throw new ForbiddenException("you may edit none of the teams this plan sets targets for");
        }
        List<AdoptionOutcome.Written> written = new ArrayList<>();
        List<KpiTarget> notWritten = new ArrayList<>();
        for (ProposedTargetLine line : plan.proposedTargets()) {
            if (!mine.contains(line)) {
                notWritten.add(line.target());
            } else if (line.unchanged()) {
                written.add(new AdoptionOutcome.Written(line.replaces().get(), AdoptionOutcome.Action.UNCHANGED));
            } else if (line.replaces().isPresent()) {
                KpiTarget before = line.replaces().get();
                KpiTarget after = targets.update(line.target());
                auditor.record(
                        "target",
                        after.id(),
                        "change",
                        TargetSnapshot.of(before),
                        TargetSnapshot.of(after),
                        Optional.of(after.team()));
                written.add(new AdoptionOutcome.Written(after, AdoptionOutcome.Action.CHANGED));
            } else {
                KpiTarget added = targets.add(line.target());
                auditor.record(
                        "target", added.id(), "set", Map.of(), TargetSnapshot.of(added), Optional.of(added.team()));
                written.add(new AdoptionOutcome.Written(added, AdoptionOutcome.Action.CREATED));
            }
        }
        List<Proposal> proposed = proposals.propose(
                plan.proposedTargets().stream()
                        .filter(line -> !mine.contains(line) && !line.unchanged())
                        .toList(),
                mine.get(0).target().team(),
                actor,
                plan);
        AdoptedPlan record = adoptedPlan(plan, actor);
        adopted.save(record);
        auditor.record(
                "plan",
                record.funnel() + "/" + record.period().format(),
                "adopt",
                Map.of(),
                summary(record, written.size(), notWritten.size(), proposed.size()),
                Optional.empty());
        return new AdoptionOutcome(plan, written, notWritten, proposed);
    }

    private AdoptedPlan adoptedPlan(WaterfallOutcome plan, Actor actor) {
        Waterfall waterfall = plan.waterfall();
        List<AdoptedPlan.Requirement> stages = new ArrayList<>();
        for (StageRequirement stage : waterfall.stages()) {
            stages.add(new AdoptedPlan.Requirement(
                    stage.stage().key(),
                    stage.stage().owner(),
                    stage.required(),
                    stage.rateToNext().map(r -> r.percent()),
                    stage.rateToNext().map(r -> r.source().text())));
        }
        return new AdoptedPlan(
                plan.funnel().id(),
                plan.period(),
                waterfall.goal().metric(),
                waterfall.goal().value(),
                waterfall.deals(),
                stages,
                actor.username(),
                clock.instant());
    }

    private static Map<String, Object> summary(AdoptedPlan plan, int written, int notWritten, int proposed) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("funnel", plan.funnel());
        summary.put("period", plan.period().format());
        summary.put(
                "goal", plan.goalMetric().value() + " >= " + plan.goalValue().toPlainString());
        summary.put("deals", plan.deals());
        for (AdoptedPlan.Requirement stage : plan.stages()) {
            summary.put("entered:" + stage.stage(), stage.required());
        }
        summary.put("targetsWritten", written);
        summary.put("targetsNotWritten", notWritten);
        summary.put("targetsProposed", proposed);
        return summary;
    }
}
