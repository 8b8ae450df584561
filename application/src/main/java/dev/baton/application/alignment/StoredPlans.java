package dev.baton.application.alignment;

import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.TensionCatalog;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Assembles the plan of a period from what is stored, in one place ({@link #planOf(Period, Function)}): the active
 * teams, every funnel, the targets of the period and of its enclosing periods, and the period's measures as its
 * actuals, a quarter's and a year's rolled up from their months where they have no value of their own (see
 * {@link PeriodActuals}).
 */
@ApplicationScoped
public class StoredPlans {

    private final PlanTeams teams;
    private final FunnelRepository funnels;
    private final TargetRepository targets;
    private final MeasureLedger ledger;
    private final MetricCatalogProvider catalogs;
    private final Clock clock;

    @Inject
    public StoredPlans(
            PlanTeams teams,
            FunnelRepository funnels,
            TargetRepository targets,
            MeasureLedger ledger,
            MetricCatalogProvider catalogs,
            Clock clock) {
        this.teams = teams;
        this.funnels = funnels;
        this.targets = targets;
        this.ledger = ledger;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /**
     * What the alignment rules may take as facts about a whole period: the measures that cover every month of it, and
     * none while the period is still running. The rules hold an actual against the targets as the period's final
     * value, so a quarter's revenue to date would make a revenue target look impossible that may yet be met. The
     * scorecard still shows such values, as values to date.
     */
    public Map<MetricKey, BigDecimal> settledActuals(RolledUpMeasures measures) {
        return isRunning(measures.period()) ? Map.of() : measures.wholeAmounts();
    }

    /** Whether the period holds today, so that what is recorded for it so far is a value to date. */
    public boolean isRunning(Period period) {
        return period.contains(Period.month(YearMonth.now(clock)));
    }

    /**
     * Each period's measures as known at the end of the month {@code through}: only what was recorded for periods
     * that end by then counts, so a quarter seen from its first month is the quarter to date through that month (its
     * later months, and a value recorded for the whole quarter, are left out). Still one ledger read.
     */
    private Map<Period, RolledUpMeasures> measures(List<Period> periods, YearMonth through, MetricCatalog catalog) {
        List<RecordedMeasure> rows = ledger.read(PeriodActuals.periodsToRead(periods), Optional.<FunnelRef>empty());
        List<RecordedMeasure> known = rows.stream()
                .filter(row -> !row.period().lastMonth().isAfter(through))
                .toList();
        return PeriodActuals.rolledUp(periods, known, catalog);
    }

    /** Every stored funnel, for a caller that must pick one before it knows the period to plan. */
    public List<StoredFunnel> funnels() {
        return funnels.findAll();
    }

    /** The stored plan of a period, seen as at the end of the period: see {@link #planOf(Period, Function)}. */
    public StoredPlan planOf(Period period) {
        return planOf(period, inForce -> List.of());
    }

    /**
     * The one assembly of a stored plan: the active teams (without their members), every funnel, the targets in force
     * in the period and the period's settled actuals, over the organisation's catalog. The measures of the period, and
     * of the periods {@code alsoMeasured} names from the targets in force, come from one ledger read, as known at the
     * end of the period's last month; they travel with the plan, so a caller that shows trends reads the ledger once.
     */
    public StoredPlan planOf(Period period, Function<List<KpiTarget>, Collection<Period>> alsoMeasured) {
        MetricCatalog catalog = catalogs.current();
        List<KpiTarget> inForce = targets.inPeriods(period.withEnclosing());
        Set<Period> measured = new LinkedHashSet<>();
        measured.add(period);
        measured.addAll(alsoMeasured.apply(inForce));
        Map<Period, RolledUpMeasures> measures = measures(List.copyOf(measured), period.lastMonth(), catalog);
        List<StoredFunnel> stored = funnels.findAll();
        AlignmentPlan plan = new AlignmentPlan(
                period,
                teams.active(),
                stored.stream().map(StoredFunnel::funnel).toList(),
                inForce,
                settledActuals(measures.get(period)),
                catalog,
                TensionCatalog.defaults());
        return new StoredPlan(plan, stored, measures);
    }
}
