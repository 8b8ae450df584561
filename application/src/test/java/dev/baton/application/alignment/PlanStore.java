package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.fakes.InMemoryPlanTeams;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a stored plan is read from, in memory: the plan's teams, funnels, targets, the measure ledger (which counts its
 * reads) and an empty set of custom metrics, with {@link StoredPlans} over them and an access policy whose actor a
 * test chooses. Only the reads {@link StoredPlans} makes are kept; the writes refuse.
 */
public final class PlanStore {

    public final InMemoryPlanTeams teams = new InMemoryPlanTeams();
    public final List<StoredFunnel> funnels = new ArrayList<>();
    public final List<KpiTarget> targets = new ArrayList<>();
    public final List<RecordedMeasure> measures = new ArrayList<>();
    public final AtomicReference<Actor> actor =
            new AtomicReference<>(new Actor("exec", Optional.empty(), Set.of(Role.EXECUTIVE), true));

    private int ledgerReads;
    private Runnable onLedgerRead = () -> {};

    private final MeasureLedger ledger = new Ledger();

    public StoredPlans storedPlans(Clock clock) {
        return new StoredPlans(
                teams, new Funnels(), new Targets(), ledger, new MetricCatalogProvider(new NoCustomMetrics()), clock);
    }

    /** The ledger the plans read, which counts its reads. */
    public MeasureLedger ledger() {
        return ledger;
    }

    public AccessPolicy access() {
        return new AccessPolicy(actor::get, new TeamLeadership(null));
    }

    public void funnel(Funnel funnel) {
        funnels.add(new StoredFunnel(funnels.size() + 1, funnel, 0));
    }

    public void record(String period, String measure, long value) {
        measures.add(new RecordedMeasure(
                Period.parse(period), FunnelRef.ORGANISATION, MetricKey.of(measure), MeasureValue.of(value)));
    }

    /** How many times the ledger was read. */
    public int ledgerReads() {
        return ledgerReads;
    }

    /** Runs {@code action} at every ledger read: a commit that lands while a plan is being read. */
    public void onLedgerRead(Runnable action) {
        onLedgerRead = action;
    }

    private final class Funnels implements FunnelRepository {
        @Override
        public long nextId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoredFunnel add(StoredFunnel funnel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoredFunnel update(StoredFunnel funnel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredFunnel> findById(long id) {
            return funnels.stream().filter(f -> f.id() == id).findFirst();
        }

        @Override
        public List<StoredFunnel> findAll() {
            return List.copyOf(funnels);
        }
    }

    private final class Targets implements TargetRepository {
        @Override
        public KpiTarget add(KpiTarget target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KpiTarget update(KpiTarget target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(KpiTarget target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<KpiTarget> findById(KpiTargetId id) {
            return targets.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public Page<KpiTarget> list(
                Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KpiTarget> inPeriods(Collection<Period> periods) {
            Set<Period> wanted = new HashSet<>(periods);
            return targets.stream().filter(t -> wanted.contains(t.period())).toList();
        }

        @Override
        public boolean slotTaken(
                TeamId team,
                MetricKey metric,
                Optional<StageScope> scope,
                Period period,
                Optional<KpiTargetId> except) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KpiTarget> of(TeamId team, Period period) {
            return targets.stream()
                    .filter(t -> t.team().equals(team) && t.period().equals(period))
                    .toList();
        }
    }

    private final class Ledger implements MeasureLedger {
        @Override
        public void record(Collection<RecordedMeasure> rows, Recording recording) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long record(
                SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PeriodMeasures read(Period period, FunnelRef funnel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
            ledgerReads++;
            onLedgerRead.run();
            Set<Period> wanted = new HashSet<>(periods);
            return measures.stream()
                    .filter(row -> wanted.contains(row.period()))
                    .filter(row -> funnel.isEmpty() || funnel.get().equals(row.funnel()))
                    .toList();
        }
    }

    private static final class NoCustomMetrics implements CustomMetricRepository {
        @Override
        public CustomMetric add(CustomMetric metric) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CustomMetric> findAll() {
            return List.of();
        }

        @Override
        public Optional<CustomMetric> findByKey(MetricKey key) {
            return Optional.empty();
        }
    }
}
