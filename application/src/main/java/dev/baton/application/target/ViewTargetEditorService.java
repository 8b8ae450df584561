package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.alignment.StoredPlan;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.application.proposal.ProposalRights;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.TargetEditor.NumberContext;
import dev.baton.application.target.TargetEditor.PastActual;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.alignment.feasibility.ImpliedRange;
import dev.baton.domain.alignment.feasibility.IntervalPropagation;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the target editor in one transaction: the catalog and the funnels once, one ledger read for the period's
 * actuals and the history of every number shown, the engine once over the stored plan, and the interval propagation
 * once more over the plan without the team's own targets, which gives the range the other teams imply for each slot.
 */
@ApplicationScoped
public class ViewTargetEditorService implements ViewTargetEditorUseCase {

    /** How many complete periods of history stand beside each number. */
    static final int HISTORY = 3;

    private static final String ENTERED = "entered:";

    private final TeamRepository teams;
    private final TargetRepository targets;
    private final PersonRepository people;
    private final StoredPlans plans;
    private final AdoptedPlans adoptedPlans;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;
    private final ProposalRepository proposals;
    private final Clock clock;

    @Inject
    public ViewTargetEditorService(
            TeamRepository teams,
            TargetRepository targets,
            PersonRepository people,
            StoredPlans plans,
            AdoptedPlans adoptedPlans,
            MetricCatalogProvider catalogs,
            AccessPolicy access,
            ProposalRepository proposals,
            Clock clock) {
        this.teams = teams;
        this.targets = targets;
        this.people = people;
        this.plans = plans;
        this.adoptedPlans = adoptedPlans;
        this.catalogs = catalogs;
        this.access = access;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * What the waterfalls adopted for the period ask of a slot: the entries a planned stage requires, or the goal for
     * the goal's metric. A target scoped to stages is not a plan's number.
     */
    private static Optional<BigDecimal> planned(List<AdoptedPlan> adopted, MetricSlot slot) {
        if (slot.scope().isPresent()) {
            return Optional.empty();
        }
        String key = slot.metric().value();
        for (AdoptedPlan plan : adopted) {
            if (plan.goalMetric().equals(slot.metric())) {
                return Optional.of(plan.goalValue());
            }
            if (key.startsWith(ENTERED)) {
                Optional<AdoptedPlan.Requirement> stage = plan.requirement(key.substring(ENTERED.length()));
                if (stage.isPresent()) {
                    return Optional.of(BigDecimal.valueOf(stage.get().required()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    @Transactional
    public TargetEditor view(TargetEditorQuery query) {
        Actor actor = access.requireReader();
        Team team = teams.findById(query.team()).orElseThrow(() -> new NotFoundException("team", query.team()));
        Optional<KpiTarget> editing =
                query.editing().map(id -> targets.findById(id).orElseThrow(() -> new NotFoundException("target", id)));
        Period period = query.period();
        List<Period> history = history(period);
        StoredPlan base = plans.planOf(period, inForce -> history);
        MetricCatalog catalog = base.catalog();
        List<StoredFunnel> funnels = base.funnels();
        List<KpiTarget> inForce = base.targets();
        List<TargetDetails> own = targets.of(team.id(), period).stream()
                .map(t -> TargetQueryService.details(catalog, t))
                .toList();

        Set<MetricSlot> slots = new LinkedHashSet<>();
        own.forEach(
                d -> slots.add(new MetricSlot(d.target().metric(), d.target().scope(), period)));
        Optional<MetricKey> chosen = editing.map(KpiTarget::metric).or(query::metric);
        Optional<StageScope> chosenScope = editing.isPresent() ? editing.get().scope() : query.scope();
        chosen.filter(key -> catalog.find(key).isPresent())
                .ifPresent(key -> slots.add(new MetricSlot(key, chosenScope, period)));

        Map<Period, RolledUpMeasures> measures = base.measures();
        List<AdoptedPlan> adopted = adoptedPlans.inPeriod(period);
        AlignmentOutcome alignment = base.outcome();
        List<KpiTarget> others =
                inForce.stream().filter(t -> !t.team().equals(team.id())).toList();
        Map<MetricSlot, ImpliedRange> implied = new IntervalPropagation(
                        base.withTargets(others).plan())
                .run().impliedRanges().stream()
                        .collect(Collectors.toMap(ImpliedRange::slot, Function.identity(), (a, b) -> a));

        MetricEvaluator evaluator = new MetricEvaluator(catalog);
        List<NumberContext> contexts = new ArrayList<>();
        for (MetricSlot slot : slots) {
            List<PastActual> past = history.stream()
                    .map(p -> new PastActual(
                            p,
                            measures.get(p)
                                    .evaluate(evaluator, slot.metric(), slot.scope())
                                    .value()
                                    .toOptional()))
                    .toList();
            Optional<ImpliedRange> range = Optional.ofNullable(implied.get(slot));
            contexts.add(new NumberContext(
                    slot.metric(),
                    slot.scope(),
                    period,
                    past,
                    range.flatMap(ImpliedRange::min),
                    range.flatMap(ImpliedRange::max),
                    planned(adopted, slot)));
        }
        return new TargetEditor(
                team,
                period,
                access.mayEditTeam(team.id()),
                own,
                editing,
                catalog,
                funnels,
                people.list(Optional.empty(), new PageRequest(0, PageRequest.MAX_SIZE))
                        .items(),
                alignment,
                inForce,
                contexts,
                proposals.find(Optional.of(team.id()), Optional.of(ProposalStatus.OPEN), Optional.of(period)).stream()
                        .map(p -> ProposalRights.item(access, actor, teams, p))
                        .toList());
    }

    /**
     * The last {@value #HISTORY} complete periods of the period's length, oldest first: those that end before both the
     * period and the month running today.
     */
    List<Period> history(Period period) {
        YearMonth thisMonth = YearMonth.now(clock);
        Period running =
                switch (period.granularity()) {
                    case MONTH -> Period.month(thisMonth);
                    case QUARTER -> Period.quarter(thisMonth.getYear(), (thisMonth.getMonthValue() - 1) / 3 + 1);
                    case YEAR -> Period.year(thisMonth.getYear());
                };
        Optional<Period> cursor = period.compareTo(running) > 0 ? running.preceding() : period.preceding();
        List<Period> found = new ArrayList<>();
        while (cursor.isPresent() && found.size() < HISTORY) {
            found.add(0, cursor.get());
            cursor = cursor.get().preceding();
        }
        return found;
    }
}
