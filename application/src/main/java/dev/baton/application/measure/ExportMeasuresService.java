package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.domain.measure.RecordedMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class ExportMeasuresService implements ExportMeasuresUseCase {

    private final MeasureLedger ledger;
    private final AccessPolicy access;
    private final FunnelRepository funnels;

    @Inject
    public ExportMeasuresService(MeasureLedger ledger, AccessPolicy access, FunnelRepository funnels) {
        this.ledger = ledger;
        this.funnels = funnels;
        this.access = access;
    }

    @Override
    @Transactional
    public List<RecordedMeasure> export(ExportMeasuresQuery query) {
        access.requireReader();
        query.funnel().ifPresent(funnel -> MeasureFunnels.requireKnown(funnels, funnel));
        return ledger.read(query.periods(), query.funnel());
    }
}
