package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.domain.measure.PeriodMeasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class GetPeriodMeasuresService implements GetPeriodMeasuresUseCase {

    private final MeasureLedger ledger;
    private final AccessPolicy access;
    private final FunnelRepository funnels;

    @Inject
    public GetPeriodMeasuresService(MeasureLedger ledger, AccessPolicy access, FunnelRepository funnels) {
        this.ledger = ledger;
        this.funnels = funnels;
        this.access = access;
    }

    @Override
    @Transactional
    public PeriodMeasures get(PeriodMeasuresQuery query) {
        access.requireReader();
        MeasureFunnels.requireKnown(funnels, query.funnel());
        return ledger.read(query.period(), query.funnel());
    }
}
