package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.metric.MetricDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ViewMeasureSheetService implements ViewMeasureSheetUseCase {

    private final MeasureLedger ledger;
    private final FunnelRepository funnels;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public ViewMeasureSheetService(
            MeasureLedger ledger, FunnelRepository funnels, MetricCatalogProvider catalogs, AccessPolicy access) {
        this.ledger = ledger;
        this.funnels = funnels;
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public MeasureSheet view(String period, String funnel) {
        Actor actor = access.requireReader();
        List<MetricDefinition> measures = catalogs.current().all().stream()
                .filter(MetricDefinition::isMeasure)
                .toList();
        boolean mayRecord = MeasureAccess.mayRecord(actor);
        try {
            PeriodMeasuresQuery query = PeriodMeasuresQuery.of(period, funnel);
            MeasureFunnels.requireKnown(funnels, query.funnel());
            PeriodMeasures recorded = ledger.read(query.period(), query.funnel());
            return new MeasureSheet(Optional.of(recorded), List.of(), measures, funnels.findAll(), mayRecord);
        } catch (InvalidInputException refused) {
            return new MeasureSheet(Optional.empty(), refused.errors(), measures, funnels.findAll(), mayRecord);
        }
    }
}
