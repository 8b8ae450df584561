package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.Auditor;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Imports a CSV file all or nothing: every row is checked before anything is written, and the rows are written in the
 * one transaction of this use case, so a failure halfway through the write leaves the ledger as it was.
 */
@ApplicationScoped
public class ImportMeasuresService implements ImportMeasuresUseCase {

    private final MeasureLedger ledger;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;
    private final Auditor auditor;
    private final Clock clock;
    private final FunnelRepository funnels;

    @Inject
    public ImportMeasuresService(
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
    public ImportReport importCsv(ImportMeasuresCommand command) {
        Actor actor = MeasureAccess.requireRecorder(access);
        if (command.undecodable().isPresent()) {
            return ImportReport.undecodable(
                    command.mode(), command.undecodable().get());
        }
        MeasureFileCheck check =
                MeasureFileCheck.of(MeasureCsv.read(command.csv()), catalogs.current(), MeasureFunnels.of(funnels));
        List<RecordedMeasure> rows = check.rows();
        if (command.mode() == ImportMode.PREVIEW || !check.valid()) {
            return check.report(command.mode(), false);
        }
        ledger.record(rows, new Recording(clock.instant(), actor.username()));
        auditor.record("measure", span(rows), "import", Map.of(), summary(rows), Optional.empty());
        return check.report(command.mode(), true);
    }

    private static String span(List<RecordedMeasure> rows) {
        Period first = rows.stream()
                .map(RecordedMeasure::period)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Period last = rows.stream()
                .map(RecordedMeasure::period)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return first.equals(last) ? first.format() : first.format() + ".." + last.format();
    }

    private static Map<String, Object> summary(List<RecordedMeasure> rows) {
        TreeSet<String> periods = new TreeSet<>();
        TreeSet<String> measures = new TreeSet<>();
        TreeSet<Long> funnels = new TreeSet<>();
        for (RecordedMeasure row : rows) {
            periods.add(row.period().format());
            measures.add(row.measure().value());
            if (!row.funnel().equals(FunnelRef.ORGANISATION)) {
                funnels.add(row.funnel().id());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", rows.size());
        summary.put("periods", periods.size() <= 50 ? List.copyOf(periods) : periods.size());
        summary.put("measures", measures.size() <= 50 ? List.copyOf(measures) : measures.size());
        if (!funnels.isEmpty()) {
            summary.put("funnels", funnels.size() <= 50 ? List.copyOf(funnels) : funnels.size());
        }
        return summary;
    }
}
