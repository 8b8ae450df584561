package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.Auditor;
import dev.baton.application.crm.port.CrmMappingRepository;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.measure.port.TableFiles;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.crm.CrmSourceMapping;
import dev.baton.domain.crm.DealFile;
import dev.baton.domain.crm.DealMeasures;
import dev.baton.domain.crm.SkippedDeal;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a funnel's monthly measures from a CRM export ({@link DealMeasures}) and writes them to the same ledger as
 * the CSV import, in this use case's one transaction: a commit refuses a file with any unreadable row, naming the row
 * and column, and writes only the values that differ from the stored ones, so a repeat of the same file writes
 * nothing and moves no sheet's version.
 */
@ApplicationScoped
public class ImportCrmDealsService implements ImportCrmDealsUseCase {

    private final MeasureLedger ledger;
    private final CrmMappingRepository mappings;
    private final FunnelRepository funnels;
    private final TableFiles files;
    private final AccessPolicy access;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public ImportCrmDealsService(
            MeasureLedger ledger,
            CrmMappingRepository mappings,
            FunnelRepository funnels,
            TableFiles files,
            AccessPolicy access,
            Auditor auditor,
            Clock clock) {
        this.ledger = ledger;
        this.mappings = mappings;
        this.funnels = funnels;
        this.files = files;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CrmImportReport importDeals(ImportCrmDealsCommand command) {
        Actor actor = MeasureAccess.requireRecorder(access);
        StoredFunnel funnel = funnels.findById(command.funnelId())
                .orElseThrow(() -> new NotFoundException("funnel", command.funnelId()));
        CrmSourceMapping mapping = mappings.find(command.funnelId())
                .of(command.source())
                .orElseThrow(() -> InvalidInputException.of(
                        "funnel",
                        "field.CRM_NO_MAPPING",
                        funnel.funnel().name(),
                        command.source().key(),
                        String.valueOf(command.funnelId())));
        DealFile deals = read(command, mapping);
        List<String> order = funnel.funnel().stages().stream().map(Stage::key).toList();
        DealMeasures.Derivation derivation = DealMeasures.derive(mapping, order, deals);

        FunnelRef ref = FunnelRef.of(command.funnelId());
        List<RecordedMeasure> derived = rows(derivation, ref);
        Map<RecordedMeasure.Slot, BigDecimal> stored = new HashMap<>();
        List<Period> periods =
                derivation.months().keySet().stream().map(Period::month).toList();
        if (!periods.isEmpty()) {
            for (RecordedMeasure row : ledger.read(periods, Optional.of(ref))) {
                stored.put(row.slot(), row.value().amount());
            }
        }
        List<CrmImportReport.Month> months = months(derived, stored);
        List<RecordedMeasure> changed = derived.stream()
                .filter(row -> {
                    BigDecimal now = stored.get(row.slot());
                    return now == null || now.compareTo(row.value().amount()) != 0;
                })
                .toList();
        boolean commit = command.mode() == ImportMode.COMMIT;
        if (commit && !derivation.unreadable().isEmpty()) {
            throw new InvalidInputException(derivation.unreadable().stream()
                    .limit(ImportReport.MAX_LISTED)
                    .map(ImportCrmDealsService::error)
                    .toList());
        }
        if (commit && !changed.isEmpty()) {
            ledger.record(changed, new Recording(clock.instant(), actor.username()));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("source", command.source().key());
            summary.put("file", command.deals().name());
            command.history().ifPresent(h -> summary.put("history", h.name()));
            summary.put("rows", derivation.dealsRead());
            summary.put("funnel", command.funnelId());
            summary.put("values", changed.size());
            auditor.record("measure", span(periods), "import-crm", Map.of(), summary, Optional.empty());
        }
        return new CrmImportReport(
                command.mode(),
                command.deals().name(),
                derivation.dealsRead(),
                months,
                derivation.skipped(),
                derivation.unmappedStagesSeen(),
                derivation.stagesWithoutDates(),
                changed.size(),
                commit && !changed.isEmpty());
    }

    private DealFile read(ImportCrmDealsCommand command, CrmSourceMapping mapping) {
        MeasureCsv.Parsed main = table(command.deals());
        return switch (command.source()) {
            case HUBSPOT -> CrmExports.hubspot(main, mapping, command.deals().name());
            case SALESFORCE ->
                CrmExports.salesforce(
                        main,
                        command.history().map(this::table),
                        mapping,
                        command.deals().name(),
                        command.history().map(CrmFile::name).orElse(""));
        };
    }

    /** A workbook by its content, else text in its charset ({@link MeasureFileText}). */
    private MeasureCsv.Parsed table(CrmFile file) {
        if (TableFiles.isXlsx(file.bytes())) {
            return files.xlsx(file.bytes());
        }
        MeasureFileText.Decoded text = MeasureFileText.decode(file.bytes(), file.declaredCharset());
        if (!text.readable()) {
            int line = text.undecodableLine().get();
            throw InvalidInputException.of(
                    "file",
                    "field.CRM_NOT_TEXT",
                    file.name(),
                    String.valueOf(line),
                    text.charset().name());
        }
        return files.csv(text.text());
    }

    private static List<RecordedMeasure> rows(DealMeasures.Derivation derivation, FunnelRef funnel) {
        List<RecordedMeasure> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<String, BigDecimal>> month :
                derivation.months().entrySet()) {
            Period period = Period.month(month.getKey());
            month.getValue()
                    .forEach((measure, value) -> rows.add(
                            new RecordedMeasure(period, funnel, MetricKey.of(measure), MeasureValue.of(value))));
        }
        return rows;
    }

    private static List<CrmImportReport.Month> months(
            List<RecordedMeasure> derived, Map<RecordedMeasure.Slot, BigDecimal> stored) {
        Map<Period, List<CrmImportReport.Value>> byPeriod = new LinkedHashMap<>();
        for (RecordedMeasure row : derived) {
            byPeriod.computeIfAbsent(row.period(), p -> new ArrayList<>())
                    .add(new CrmImportReport.Value(
                            row.measure().value(), row.value().amount(), Optional.ofNullable(stored.get(row.slot()))));
        }
        List<CrmImportReport.Month> months = new ArrayList<>();
        byPeriod.forEach((period, values) -> months.add(new CrmImportReport.Month(period, values)));
        return months;
    }

    private static FieldError error(SkippedDeal skipped) {
        String code = skipped.reason() == SkippedDeal.Reason.UNREADABLE_AMOUNT ? "field.CRM_AMOUNT" : "field.CRM_DATE";
        return FieldError.of(
                "row " + skipped.row() + ": " + skipped.column(),
                code,
                String.valueOf(skipped.row()),
                skipped.column(),
                String.valueOf(skipped.value()));
    }

    private static String span(List<Period> periods) {
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        return first.equals(last) ? first.format() : first.format() + ".." + last.format();
    }
}
