package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.domain.measure.PeriodMeasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class GetPeriodMeasuresService implements GetPeriodMeasuresUseCase {

    private final MeasureLedger ledger;
    private final AccessPolicy access;

    @Inject
    public GetPeriodMeasuresService(MeasureLedger ledger, AccessPolicy access) {
        this.ledger = ledger;
        this.access = access;
    }

    @Override
    @Transactional
    public PeriodMeasures get(PeriodMeasuresQuery query) {
        access.requireReader();
        return ledger.read(query.period(), query.funnel());
    }
}
