package dev.baton.application.planning;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.alignment.StoredPlan;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.planning.Boundary;
import dev.baton.domain.planning.DealValue;
import dev.baton.domain.planning.FunnelHistory;
import dev.baton.domain.planning.Goal;
import dev.baton.domain.planning.ProposedTarget;
import dev.baton.domain.planning.Rate;
import dev.baton.domain.planning.Waterfall;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a waterfall request, naming every bad path, takes what it leaves out from the funnel's history, works the
 * waterfall and checks its proposed targets with the period's stored ones. Shared by planning and adopting, so both
 * see the same numbers. The history is the funnel's own measures; the organisation-wide sheet counts too when the
 * company has only this one funnel, where the funnel records nothing of its own.
 */
@ApplicationScoped
public class WaterfallPlanner {

    private static final String RATES = "rates.";

    private final StoredPlans plans;
    private final MeasureLedger ledger;
    private final TeamRepository teams;
    private final MetricCatalogProvider catalogs;
    private final Clock clock;

    @Inject
    public WaterfallPlanner(
            StoredPlans plans,
            MeasureLedger ledger,
            TeamRepository teams,
            MetricCatalogProvider catalogs,
            Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.teams = teams;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    static FieldError error(String field, String code, Object... arguments) {
        return new FieldError(field, Phrase.of(code, arguments));
    }

    public WaterfallOutcome plan(WaterfallRequest request) {
        Validation v = new Validation();
        List<StoredFunnel> funnels = plans.funnels();
        Optional<StoredFunnel> funnel = funnel(v, request.funnel(), funnels);
        Period period = TargetFields.period(v, "period", request.period());
        Goal goal = goal(v, request.goal());
        int months = history(v, request.history());
        boolean wonKnown = funnel.isPresent() && wonStage(v, funnel.get().funnel(), request.wonStage());
        if (request.averageDealValue() != null && request.averageDealValue().signum() <= 0) {
            v.add(error("averageDealValue", "planning.dealValue.range"));
        }
        if (funnel.isEmpty() || !wonKnown) {
            v.throwIfInvalid();
        }
        Funnel chosen = funnel.get().funnel();
        List<Boundary> boundaries = Waterfall.boundaries(chosen, request.wonStage());
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                YearMonth.now(clock), months, recorded(funnel.get(), funnels.size() == 1, months));
        Map<Boundary, Rate> rates = rates(v, request.rates(), boundaries, history);
        Optional<DealValue> dealValue =
                request.averageDealValue() != null && request.averageDealValue().signum() > 0
                        ? Optional.of(DealValue.given(request.averageDealValue()))
                        : history.averageDealValue();
        if (dealValue.isEmpty()
                && request.averageDealValue() == null
                && goal != null
                && goal.kind() == Goal.Kind.NEW_REVENUE) {
            v.add(error(
                    "averageDealValue",
                    "planning.dealValue.noHistory",
                    history.first().toString(),
                    history.last().toString()));
        }
        v.throwIfInvalid();
        Waterfall waterfall = Waterfall.plan(chosen, request.wonStage(), goal, dealValue, rates);
        return checked(funnel.get(), period, history, waterfall, rates, funnels);
    }

    private WaterfallOutcome checked(
            StoredFunnel funnel,
            Period period,
            FunnelHistory history,
            Waterfall waterfall,
            Map<Boundary, Rate> rates,
            List<StoredFunnel> funnels) {
        StoredPlan base = plans.planOf(period);
        List<KpiTarget> stored = base.targets();
        List<ProposedTargetLine> lines = new ArrayList<>();
        Map<dev.baton.domain.team.TeamId, Optional<Team>> owners = new HashMap<>();
        for (ProposedTarget proposed : waterfall.proposedTargets()) {
            Optional<KpiTarget> existing = stored.stream()
                    .filter(t -> t.team().equals(proposed.team())
                            && t.metric().equals(proposed.metric())
                            && t.scope().isEmpty()
                            && t.period().equals(period))
                    .findFirst();
            KpiTarget target = existing.map(t -> t.withThreshold(proposed.threshold()))
                    .orElseGet(() -> new KpiTarget(
                            KpiTargetId.newId(),
                            proposed.team(),
                            proposed.metric(),
                            Optional.empty(),
                            period,
                            proposed.threshold(),
                            owners.computeIfAbsent(proposed.team(), teams::findById)
                                    .map(Team::owner)
                                    .orElseThrow(() -> new IllegalStateException(
                                            "stage owner " + proposed.team() + " is no stored team")),
                            Optional.empty(),
                            0));
            lines.add(new ProposedTargetLine(target, proposed.reason(), existing));
        }
        List<KpiTarget> after = new ArrayList<>(stored);
        for (ProposedTargetLine line : lines) {
            line.replaces().ifPresent(after::remove);
            after.add(line.target());
        }
        AlignmentOutcome before = base.outcome();
        AlignmentOutcome with = base.withTargets(after).outcome();
        return new WaterfallOutcome(funnel, period, history, waterfall, rates, lines, before, with);
    }

    private static Optional<StoredFunnel> funnel(Validation v, Long id, List<StoredFunnel> funnels) {
        if (id == null) {
            v.add(error("funnel", "planning.funnel.required"));
            return Optional.empty();
        }
        Optional<StoredFunnel> found =
                funnels.stream().filter(f -> f.id() == id).findFirst();
        if (found.isEmpty()) {
            v.add(error("funnel", "planning.funnel.unknown", id));
        }
        return found;
    }

    private static Goal goal(Validation v, WaterfallRequest.GoalInput input) {
        if (input == null) {
            v.add(error("goal", "planning.goal.required"));
            return null;
        }
        Goal.Kind kind = null;
        if ("new_revenue".equals(input.metric())) {
            kind = Goal.Kind.NEW_REVENUE;
        } else if ("deals".equals(input.metric())) {
            kind = Goal.Kind.DEALS;
        } else {
            v.add(error("goal.metric", "planning.goal.metric", String.valueOf(input.metric())));
        }
        if (input.value() == null || input.value().signum() <= 0) {
            v.add(error("goal.value", "planning.goal.value"));
            return null;
        }
        return kind == null ? null : new Goal(kind, input.value());
    }

    private static int history(Validation v, Integer months) {
        if (months == null) {
            return WaterfallRequest.DEFAULT_HISTORY;
        }
        if (months < 1 || months > WaterfallRequest.MAX_HISTORY) {
            v.add(error("history", "planning.history.range", WaterfallRequest.MAX_HISTORY));
            return WaterfallRequest.DEFAULT_HISTORY;
        }
        return months;
    }

    private static boolean wonStage(Validation v, Funnel funnel, String wonStage) {
        if (wonStage == null || !Waterfall.canBeWon(funnel, wonStage)) {
            v.add(error("wonStage", "planning.wonStage.unknown", funnel.name(), String.valueOf(wonStage)));
            return false;
        }
        return true;
    }

    private static Map<Boundary, Rate> rates(
            Validation v, Map<String, BigDecimal> given, List<Boundary> boundaries, FunnelHistory history) {
        Map<String, Boundary> byText = new LinkedHashMap<>();
        boundaries.forEach(b -> byText.put(b.text(), b));
        for (String key : given.keySet()) {
            if (!byText.containsKey(key)) {
                v.add(error(
                        RATES + key,
                        "planning.rate.boundary",
                        key,
                        boundaries.stream().map(Boundary::text).toList()));
            }
        }
        Map<Boundary, Rate> rates = new LinkedHashMap<>();
        for (Boundary boundary : boundaries) {
            BigDecimal percent = given.get(boundary.text());
            if (given.containsKey(boundary.text()) && percent != null) {
                if (Rate.isValid(percent)) {
                    rates.put(boundary, Rate.given(percent));
                } else {
                    v.add(error(RATES + boundary.text(), "planning.rate.range", percent.toPlainString()));
                }
                continue;
            }
            Optional<Rate> fromHistory = history.rate(boundary);
            if (fromHistory.isPresent()) {
                rates.put(boundary, fromHistory.get());
            } else {
                v.add(error(
                        RATES + boundary.text(),
                        "planning.rate.noHistory",
                        history.first().toString(),
                        history.last().toString()));
            }
        }
        return rates;
    }

    /** Each month's measures of the funnel, falling back on the organisation-wide sheet when it is the only funnel. */
    private Map<YearMonth, Map<MetricKey, BigDecimal>> recorded(StoredFunnel funnel, boolean onlyFunnel, int months) {
        List<Period> periods = FunnelHistory.window(YearMonth.now(clock), months).stream()
                .map(Period::month)
                .toList();
        FunnelRef own = FunnelRef.of(funnel.id());
        Map<YearMonth, Map<MetricKey, BigDecimal>> recorded = new HashMap<>();
        Map<YearMonth, Map<MetricKey, BigDecimal>> organisation = new HashMap<>();
        for (RecordedMeasure row : ledger.read(periods, Optional.empty())) {
            Map<YearMonth, Map<MetricKey, BigDecimal>> into = row.funnel().equals(own)
                    ? recorded
                    : onlyFunnel && row.funnel().organisationWide() ? organisation : null;
            if (into != null) {
                into.computeIfAbsent(row.period().firstMonth(), m -> new HashMap<>())
                        .put(row.measure(), row.value().amount());
            }
        }
        organisation.forEach((month, values) -> {
            Map<MetricKey, BigDecimal> mine = recorded.computeIfAbsent(month, m -> new HashMap<>());
            values.forEach(mine::putIfAbsent);
        });
        return recorded;
    }
}
