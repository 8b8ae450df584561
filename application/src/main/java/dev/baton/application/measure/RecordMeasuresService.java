package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.Auditor;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.MeasureKeys;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class RecordMeasuresService implements RecordMeasuresUseCase {

    private final MeasureLedger ledger;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;
    private final Auditor auditor;
    private final Clock clock;
    private final FunnelRepository funnels;

    @Inject
    public RecordMeasuresService(
            MeasureLedger ledger,
            MetricCatalogProvider catalogs,
            AccessPolicy access,
            Auditor auditor,
            Clock clock,
            FunnelRepository funnels) {
        this.ledger = ledger;
        this.funnels = funnels;
        this.catalogs = catalogs;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PeriodMeasures record(RecordMeasuresCommand command) {
        Actor actor = MeasureAccess.requireRecorder(access);
        MetricCatalog catalog = catalogs.current();
        Validation v = new Validation();
        Map<MetricKey, MeasureValue> values = new TreeMap<>();
        command.values().forEach((text, value) -> {
            MetricKey key = v.field(text, () -> MeasureKeys.measure(text, catalog));
            if (key != null) {
                values.put(key, value);
            }
        });
        v.throwIfInvalid();
        MeasureFunnels.requireKnown(funnels, command.funnel());

        PeriodMeasures before = ledger.read(command.period(), command.funnel());
        if (before.version() != command.expectedVersion()) {
            throw new ConcurrentEditException("measure sheet", before.sheet());
        }
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        List<RecordedMeasure> changed = new ArrayList<>();
        values.forEach((key, value) -> {
            Optional<MeasureValue> old = before.valueOf(key);
            if (old.isPresent() && old.get().equals(value)) {
                return;
            }
            old.ifPresent(o -> was.put(key.value(), o.amount()));
            now.put(key.value(), value.amount());
            changed.add(new RecordedMeasure(command.period(), command.funnel(), key, value));
        });
        if (changed.isEmpty()) {
            // Saving a form unchanged is no recording: the version stays, so nobody else's copy goes stale.
            return before;
        }
        long version = ledger.record(
                before.sheet(), before.version(), changed, new Recording(clock.instant(), actor.username()));
        if (!command.funnel().organisationWide()) {
            was.put("funnel", command.funnel().id());
            now.put("funnel", command.funnel().id());
        }
        auditor.record("measure", command.period(), "record", was, now, Optional.empty());
        return before.with(values, version);
    }
}
