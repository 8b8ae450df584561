package dev.baton.application.kpi;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.alignment.StoredPlan;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.ReadAuditTrailUseCase;
import dev.baton.application.checkin.CheckInCommand;
import dev.baton.application.checkin.CheckInGate;
import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.scorecard.GetScorecardUseCase;
import dev.baton.application.scorecard.ScorecardQuery;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.TargetDetails;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Assembles a KPI's own page in one read. */
@ApplicationScoped
public class KpiOverviewService implements GetKpiOverviewUseCase {

    /** How many periods of the target's kind the history covers, the target's own the last. */
    public static final int PERIODS = 12;

    private final AccessPolicy access;
    private final TargetRepository targets;
    private final TeamRepository teams;
    private final CheckInRepository checkIns;
    private final CheckInGate gate;
    private final ProposalRepository proposals;
    private final ReadAuditTrailUseCase audit;
    private final StoredPlans plans;
    private final MetricCatalogProvider catalogs;
    private final GetScorecardUseCase scorecards;

    @Inject
    public KpiOverviewService(
            AccessPolicy access,
            TargetRepository targets,
            TeamRepository teams,
            CheckInRepository checkIns,
            CheckInGate gate,
            ProposalRepository proposals,
            ReadAuditTrailUseCase audit,
            StoredPlans plans,
            MetricCatalogProvider catalogs,
            GetScorecardUseCase scorecards) {
        this.access = access;
        this.targets = targets;
        this.teams = teams;
        this.checkIns = checkIns;
        this.gate = gate;
        this.proposals = proposals;
        this.audit = audit;
        this.plans = plans;
        this.catalogs = catalogs;
        this.scorecards = scorecards;
    }

    @Override
    @Transactional
    public KpiOverview overview(String targetId) {
        access.requireReader();
        KpiTarget target = targets.findById(CheckInCommand.targetId(targetId))
                .orElseThrow(() -> new NotFoundException("target", targetId));
        MetricCatalog catalog = catalogs.current();
        StoredPlan own = plans.planOf(target.period());
        Deque<KpiOverview.Point> history = new ArrayDeque<>();
        Optional<Period> period = Optional.of(target.period());
        while (period.isPresent() && history.size() < PERIODS) {
            Period p = period.get();
            StoredPlan plan = p.equals(target.period()) ? own : plans.planOf(p);
            history.addFirst(new KpiOverview.Point(
                    p, Optional.ofNullable(plan.plan().actuals().get(target.metric()))));
            period = p.preceding();
        }
        List<Finding> findings = own.outcome().report().findings().stream()
                .filter(f -> f.targets().contains(target.id()))
                .toList();
        List<ProposalDetails> open = proposals
                .find(Optional.of(target.team()), Optional.of(ProposalStatus.OPEN), Optional.of(target.period()))
                .stream()
                .filter(p -> p.toTeam().equals(target.team())
                        && p.metric().equals(target.metric())
                        && p.scope().equals(target.scope()))
                .map(p -> new ProposalDetails(
                        p,
                        p.fromTeam().flatMap(teams::findById).map(t -> t.name().value()),
                        teams.findById(p.toTeam())
                                .map(t -> t.name().value())
                                .orElse(p.toTeam().toString())))
                .toList();
        return new KpiOverview(
                new TargetDetails(
                        target,
                        catalog.find(target.metric()).map(target::runsAgainst).orElse(false)),
                teams.findById(target.team())
                        .map(Team::name)
                        .map(n -> n.value())
                        .orElse(target.team().toString()),
                List.copyOf(history),
                checkIns.of(target.id()),
                gate.mayWrite(target),
                open,
                findings,
                audit.read(AuditQuery.of("target", target.id().toString(), null, null, null, 0, 50))
                        .items(),
                plans.isRunning(target.period()) ? running(target) : Optional.empty());
    }

    /**
     * The running period's standing exactly as the scorecard of that period computes it (the same line, so the pace
     * on the KPI page can never differ from the scorecard's); empty when the scorecard holds no line for the target
     * (its team is inactive, its metric gone) or the line has no pace.
     */
    private Optional<KpiOverview.Running> running(KpiTarget target) {
        return scorecards.scorecard(new ScorecardQuery(Optional.of(target.period()))).teams().stream()
                .flatMap(card -> card.kpis().stream())
                .filter(line -> line.target().id().equals(target.id()))
                .findFirst()
                .flatMap(line -> line.standing()
                        .pace()
                        .map(pace -> new KpiOverview.Running(
                                target.period(),
                                line.standing().actual(),
                                pace,
                                line.metric().unit())));
    }
}
