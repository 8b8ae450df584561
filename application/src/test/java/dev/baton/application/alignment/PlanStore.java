package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.fakes.CountingLedger;
import dev.baton.application.fakes.InMemoryCustomMetrics;
import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.fakes.InMemoryLedger;
import dev.baton.application.fakes.InMemoryPlanTeams;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a stored plan is read from, over the shared in-memory fakes (each kept to its port's contract): the plan's
 * teams, funnels, targets, the measure ledger (which counts its reads) and no custom metrics, with {@link StoredPlans}
 * over them and an access policy whose actor a test chooses.
 */
public final class PlanStore {

    public final InMemoryPlanTeams teams = new InMemoryPlanTeams();
    public final InMemoryFunnels funnels = new InMemoryFunnels();
    public final InMemoryTargets targets = new InMemoryTargets();
    public final AtomicReference<Actor> actor =
            new AtomicReference<>(new Actor("exec", Optional.empty(), Set.of(Role.EXECUTIVE), true));

    private final CountingLedger ledger = new CountingLedger(new InMemoryLedger());

    public StoredPlans storedPlans(Clock clock) {
        return new StoredPlans(
                teams, funnels, targets, ledger, new MetricCatalogProvider(new InMemoryCustomMetrics()), clock);
    }

    /** The ledger the plans read, which counts its reads. */
    public MeasureLedger ledger() {
        return ledger;
    }

    public AccessPolicy access() {
        return new AccessPolicy(actor::get, new TeamLeadership(null));
    }

    public void funnel(Funnel funnel) {
        funnels.add(new StoredFunnel(funnels.nextId(), funnel, 0));
    }

    public void record(String period, String measure, long value) {
        ledger.delegate()
                .record(
                        List.of(new RecordedMeasure(
                                Period.parse(period),
                                FunnelRef.ORGANISATION,
                                MetricKey.of(measure),
                                MeasureValue.of(value))),
                        new Recording(Instant.parse("2026-01-01T00:00:00Z"), "test"));
    }

    /** How many times the ledger was read. */
    public int ledgerReads() {
        return ledger.reads();
    }

    /** Runs {@code action} at every ledger read: a commit that lands while a plan is being read. */
    public void onLedgerRead(Runnable action) {
        ledger.onRead(action);
    }
}
