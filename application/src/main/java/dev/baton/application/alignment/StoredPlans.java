package dev.baton.application.alignment;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.TensionCatalog;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles the plan of a period from what is stored: the active teams, every funnel, the targets of the period and
 * of its enclosing periods, and the period's measures as its actuals, a quarter's and a year's rolled up from their
 * months where they have no value of their own (see {@link PeriodActuals}).
 */
@ApplicationScoped
public class StoredPlans {

    private final TeamRepository teams;
    private final FunnelRepository funnels;
    private final TargetRepository targets;
    private final MeasureLedger ledger;
    private final Clock clock;

    @Inject
    public StoredPlans(
            TeamRepository teams,
            FunnelRepository funnels,
            TargetRepository targets,
            MeasureLedger ledger,
            Clock clock) {
        this.teams = teams;
        this.funnels = funnels;
        this.targets = targets;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The actuals the alignment rules take for a period; see {@link #settledActuals(RolledUpMeasures)}. */
    public Map<MetricKey, BigDecimal> actuals(Period period, MetricCatalog catalog) {
        return settledActuals(measures(List.of(period), catalog).get(period));
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
     * Each period's measures, in one ledger read of the periods and the months and quarters they roll up from:
     * organisation-wide values first, funnel values combined by each measure's rule where there is none, then rolled up.
     */
    public Map<Period, RolledUpMeasures> measures(List<Period> periods, MetricCatalog catalog) {
        List<RecordedMeasure> rows = ledger.read(PeriodActuals.periodsToRead(periods), Optional.<FunnelRef>empty());
        return PeriodActuals.rolledUp(periods, rows, catalog);
    }

    /**
     * Each period's measures as known at the end of the month {@code through}: only what was recorded for periods
     * that end by then counts, so a quarter seen from its first month is the quarter to date through that month (its
     * later months, and a value recorded for the whole quarter, are left out). Still one ledger read.
     */
    public Map<Period, RolledUpMeasures> measures(List<Period> periods, YearMonth through, MetricCatalog catalog) {
        List<RecordedMeasure> rows = ledger.read(PeriodActuals.periodsToRead(periods), Optional.<FunnelRef>empty());
        List<RecordedMeasure> known = rows.stream()
                .filter(row -> !row.period().lastMonth().isAfter(through))
                .toList();
        return PeriodActuals.rolledUp(periods, known, catalog);
    }

    public List<KpiTarget> targets(Period period) {
        return targets.inPeriods(period.withEnclosing());
    }

    public List<PlanTeam> teams() {
        List<PlanTeam> all = new ArrayList<>();
        int page = 0;
        Page<Team> slice;
        do {
            slice = teams.list(Optional.empty(), false, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (Team team : slice.items()) {
                all.add(new PlanTeam(
                        team.id(),
                        team.name().value(),
                        PlanTeam.Kind.valueOf(team.kind().name())));
            }
        } while (slice.hasNext());
        return all;
    }

    /** Every funnel, in the order they were made. */
    public List<StoredFunnel> funnels() {
        return funnels.findAll();
    }

    /** The plan of a period; the funnels are passed in, so a caller that draws or compares plans reads them once. */
    public AlignmentPlan plan(
            Period period,
            List<PlanTeam> planTeams,
            List<StoredFunnel> planFunnels,
            List<KpiTarget> planTargets,
            Map<MetricKey, BigDecimal> actuals,
            MetricCatalog catalog) {
        return new AlignmentPlan(
                period,
                planTeams,
                planFunnels.stream().map(StoredFunnel::funnel).toList(),
                planTargets,
                actuals,
                catalog,
                TensionCatalog.defaults());
    }
}
