package dev.baton.application.scorecard;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.alignment.StoredPlan;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.scorecard.port.ScorecardCacheMetrics;
import dev.baton.application.scorecard.port.ScorecardSettings;
import dev.baton.application.shared.port.DataVersion;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.measure.Actual;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.period.Period;
import dev.baton.domain.scorecard.ElapsedShare;
import dev.baton.domain.scorecard.FlowMetrics;
import dev.baton.domain.scorecard.TargetStanding;
import dev.baton.domain.scorecard.Tolerance;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the scorecard in a handful of statements whatever the size of the company: the teams, the funnels and the
 * targets in force are read once each, and the measures of the period and the five before it, with the months and
 * quarters those roll up from, in one ledger read. Each target's actual is computed by the {@link MetricEvaluator}
 * over those measures, so trends cost no extra query.
 */
@ApplicationScoped
public class GetScorecardService implements GetScorecardUseCase {

    /** Periods in a sparkline: the one shown and the five before it. */
    static final int TREND_LENGTH = 6;

    /** How far back the default period looks for recorded measures. */
    static final int DEFAULT_LOOKBACK_MONTHS = 24;

    /** The panel's metrics, in the order shown. */
    static final List<String> UNIT_ECONOMICS =
            List.of("ltv", "cac", "ltv_to_cac", "net_revenue_retention", "customer_churn_rate", "cac_payback_months");

    static final BigDecimal HEALTHY_LTV_TO_CAC = BigDecimal.valueOf(3);

    /** Scorecards kept for reuse: a few periods in a few languages' worth of requests. */
    static final int RECENT_SCORECARDS = 32;

    private final StoredPlans plans;
    private final MeasureLedger ledger;
    private final ScorecardSettings settings;
    private final AccessPolicy access;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final ScorecardCacheMetrics cacheMetrics;
    private final RecentScorecards recent = new RecentScorecards(RECENT_SCORECARDS);

    @Inject
    public GetScorecardService(
            StoredPlans plans,
            MeasureLedger ledger,
            ScorecardSettings settings,
            AccessPolicy access,
            DataVersion dataVersion,
            Clock clock,
            ScorecardCacheMetrics cacheMetrics) {
        this.plans = plans;
        this.ledger = ledger;
        this.settings = settings;
        this.access = access;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.cacheMetrics = cacheMetrics;
    }

    /**
     * The scorecard as computed for the same request when no data has changed since; else computed afresh, and kept
     * only when none of its inputs changed while computing it, so a kept scorecard always matches one state of the data.
     */
    @Override
    @Transactional
    public Scorecard scorecard(ScorecardQuery query) {
        access.requireReader();
        RecentScorecards.Key key =
                new RecentScorecards.Key(query.period(), LocalDate.now(clock), dataVersion.current());
        Optional<Scorecard> kept = recent.find(key);
        if (kept.isPresent()) {
            cacheMetrics.hit();
            return kept.get();
        }
        cacheMetrics.miss();
        Scorecard computed = compute(query);
        if (dataVersion.current().equals(key.dataVersion())) {
            recent.keep(key, computed);
        }
        return computed;
    }

    private Scorecard compute(ScorecardQuery query) {
        Period period = query.period().orElseGet(this::defaultPeriod);
        // Everything is seen as at the end of the viewed period, or today when that is earlier: a month view of a
        // quarter's target judges the quarter to date through that month.
        YearMonth through = period.lastMonth();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(through.atEndOfMonth()) ? today : through.atEndOfMonth();
        Period monthOfAsOf = Period.month(YearMonth.from(asOf));
        List<Period> trendPeriods = trendPeriods(period);
        Map<Period, List<Period>> trendsOf = new LinkedHashMap<>();
        trendsOf.put(period, trendPeriods);
        StoredPlan plan = plans.planOf(period, inForce -> {
            for (KpiTarget target : inForce) {
                trendsOf.computeIfAbsent(target.period(), GetScorecardService::trendPeriods);
            }
            Set<Period> needed = new LinkedHashSet<>();
            trendsOf.values().forEach(needed::addAll);
            needed.add(monthOfAsOf);
            return needed;
        });
        MetricCatalog catalog = plan.catalog();
        List<KpiTarget> targets = plan.targets();
        Map<Period, RolledUpMeasures> actuals = plan.measures();
        RolledUpMeasures current = actuals.get(period);
        List<PlanTeam> teams = plan.teams();
        List<StoredFunnel> funnels = plan.funnels();
        AlignmentOutcome alignment = plan.outcome();

        MetricEvaluator evaluator = new MetricEvaluator(catalog);
        MetricEvaluator exact = MetricEvaluator.unrounded(catalog);
        FlowMetrics flows = new FlowMetrics(catalog);
        Tolerance tolerance = settings.attainmentTolerance();
        Map<TeamId, List<Scorecard.KpiLine>> lines = new LinkedHashMap<>();
        teams.forEach(team -> lines.put(team.id(), new ArrayList<>()));
        // Teams that share a KPI (the point of a handoff) share its actual and its trend: each metric, scope and period
        // is evaluated once per scorecard, not once per line.
        Map<Evaluation, Actual> actualOf = new HashMap<>();
        Map<Evaluation, Optional<BigDecimal>> pointOf = new HashMap<>();
        List<KpiTarget> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparing((KpiTarget t) -> t.metric().value())
                .thenComparing(t -> t.scope().map(Object::toString).orElse(""))
                .thenComparing(KpiTarget::period));
        for (KpiTarget target : ordered) {
            List<Scorecard.KpiLine> teamLines = lines.get(target.team());
            Optional<MetricDefinition> definition = catalog.find(target.metric());
            if (teamLines == null || definition.isEmpty()) {
                continue;
            }
            Period own = target.period();
            RolledUpMeasures measures = actuals.get(own);
            Actual actual = actualOf.computeIfAbsent(
                    new Evaluation(own, target.metric(), target.scope()),
                    e -> measures.evaluate(exact, e.metric(), e.scope()));
            Optional<ElapsedShare> running = ElapsedShare.running(own, asOf)
                    ? Optional.of(elapsedShare(target, actual, measures, actuals.get(monthOfAsOf), evaluator, asOf))
                    : Optional.empty();
            List<Period> ownTrend = trendsOf.get(own);
            List<Optional<BigDecimal>> trend = new ArrayList<>();
            for (Period p : ownTrend) {
                RolledUpMeasures inputs = actuals.get(p);
                trend.add(pointOf.computeIfAbsent(
                        new Evaluation(p, target.metric(), target.scope()),
                        e -> inputs.amounts().isEmpty()
                                ? Optional.empty()
                                : inputs.value(evaluator, e.metric(), e.scope()).toOptional()));
            }
            teamLines.add(new Scorecard.KpiLine(
                    target,
                    definition.get(),
                    TargetStanding.of(
                            target.threshold(),
                            actual.value(),
                            tolerance,
                            running,
                            flows.isFlow(target.metric(), target.scope())),
                    actual.coverage(),
                    trend,
                    ownTrend));
        }
        List<Scorecard.TeamCard> cards = teams.stream()
                .map(team -> new Scorecard.TeamCard(team, lines.get(team.id())))
                .toList();

        List<Scorecard.EconomicsLine> economics = new ArrayList<>();
        for (String key : UNIT_ECONOMICS) {
            MetricKey metric = MetricKey.of(key);
            catalog.find(metric).ifPresent(definition -> {
                Actual actual = current.evaluate(evaluator, metric, Optional.empty());
                economics.add(new Scorecard.EconomicsLine(
                        definition,
                        actual.value(),
                        actual.coverage(),
                        "ltv_to_cac".equals(key) ? Optional.of(HEALTHY_LTV_TO_CAC) : Optional.empty()));
            });
        }
        return new Scorecard(
                period, alignment, cards, economics, trendPeriods, plans.isRunning(period), funnels, catalog);
    }

    /** A metric of a scope over one period's measures: what an actual or a trend point is computed from. */
    private record Evaluation(Period period, MetricKey metric, Optional<StageScope> scope) {}

    /**
     * The share of a running target's period its data covers: the months its inputs cover, the month of {@code asOf}
     * counting its elapsed days when every input with a value in the period has one in that month.
     */
    private static ElapsedShare elapsedShare(
            KpiTarget target,
            Actual actual,
            RolledUpMeasures measures,
            RolledUpMeasures monthOfAsOf,
            MetricEvaluator evaluator,
            LocalDate asOf) {
        if (!actual.value().isKnown()) {
            return ElapsedShare.none();
        }
        boolean monthCovered = false;
        for (MetricKey input : evaluator.inputsNeeded(target.metric(), target.scope())) {
            if (measures.valueOf(input).isPresent()) {
                if (monthOfAsOf.valueOf(input).isEmpty()) {
                    monthCovered = false;
                    break;
                }
                monthCovered = true;
            }
        }
        return ElapsedShare.of(target.period(), actual.coverage().months(), monthCovered, asOf);
    }

    /** The current month when it has measures, else the latest month of the last two years that has some. */
    private Period defaultPeriod() {
        Period now = Period.month(YearMonth.now(clock));
        List<Period> months = new ArrayList<>();
        Period month = now;
        for (int i = 0; i < DEFAULT_LOOKBACK_MONTHS; i++) {
            months.add(month);
            month = month.previous();
        }
        return ledger.read(months, Optional.<FunnelRef>empty()).stream()
                .map(row -> row.period())
                .max(Comparator.naturalOrder())
                .orElse(now);
    }

    static List<Period> trendPeriods(Period period) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < TREND_LENGTH; i++) {
            periods.add(0, p);
            if (p.year() == Period.MIN_YEAR && p.index() == 1) {
                break;
            }
            p = p.previous();
        }
        return periods;
    }
}
