package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.SplitTableFiles;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording, importing, reading and exporting measures over in-memory fakes of the ledger and its neighbours. */
class MeasureServicesTest {

    private static final MetricKey REVENUE = MetricKey.of("revenue");

    private final World world = new World();
    private final RecordMeasuresService record = new RecordMeasuresService(
            world.ledger, world.catalogs(), world.access(), world.auditor(), world.clock, world.funnels);
    private final ImportMeasuresService importer = new ImportMeasuresService(
            world.ledger,
            world.catalogs(),
            world.access(),
            world.auditor(),
            world.clock,
            world.funnels,
            new SplitTableFiles());
    private final GetPeriodMeasuresService read =
            new GetPeriodMeasuresService(world.ledger, world.access(), world.funnels);
    private Person lead;

    @BeforeEach
    void aLeadSignedIn() {
        lead = world.signIn(world.person("Lee Lead", Role.TEAM_LEAD));
    }

    @Test
    void aLeadRecordsMeasuresAndTheSheetMovesOnToVersionOne() {
        PeriodMeasures recorded = record.record(
                RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 1_800_000, "orders", 360)));

        assertThat(recorded.version()).isEqualTo(1);
        assertThat(world.ledger
                        .read(Period.parse("2026-09"), FunnelRef.ORGANISATION)
                        .valueOf(REVENUE))
                .contains(MeasureValue.of(1_800_000));
        assertThat(world.ledger.recordings)
                .extracting(r -> r.by())
                .containsExactly(lead.name().value());
        assertThat(world.audit.actions()).containsExactly("measure:record");
    }

    @Test
    void savingAFormUnchangedRecordsNothingAndKeepsTheVersion() {
        record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 100)));
        PeriodMeasures again = record.record(RecordMeasuresCommand.of("2026-09", null, "1", Map.of("revenue", 100)));

        assertThat(again.version()).isEqualTo(1);
        assertThat(world.audit.entries).hasSize(1);
    }

    @Test
    void aFormOpenedBeforeAnotherSaveIsAConcurrentEdit() {
        record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 100)));
        assertThatThrownBy(() -> record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 200))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(world.ledger
                        .read(Period.parse("2026-09"), FunnelRef.ORGANISATION)
                        .valueOf(REVENUE))
                .contains(MeasureValue.of(100));
    }

    @Test
    void anUnknownMeasureIsAnErrorOnItsOwnField() {
        assertThatThrownBy(() -> record.record(
                        RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 1, "moonbeams", 2))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("moonbeams"));
        assertThat(world.ledger.recordings).isEmpty();
    }

    @Test
    void aBadPeriodAndANegativeCountAreEachAnErrorOnTheirField() {
        assertThatThrownBy(() -> RecordMeasuresCommand.of("2026-13", null, "0", Map.of("orders", -1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).contains("period", "orders"));
    }

    @Test
    void anExecutiveReadsMeasuresButRecordsNone() {
        record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 100)));
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        assertThat(read.get(PeriodMeasuresQuery.of("2026-09", null)).valueOf(REVENUE))
                .contains(MeasureValue.of(100));
        assertThatThrownBy(() -> record.record(RecordMeasuresCommand.of("2026-09", null, "1", Map.of("revenue", 1))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importer.importCsv(
                        ImportMeasuresCommand.of("period,measure,value,funnel\n2026-09,revenue,1,\n", "COMMIT")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobodySignedInRecordsNothing() {
        world.signOut();
        assertThatThrownBy(() -> record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 1))))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void anImportWritesEveryRowAndMovesOnTheSheetsItTouches() {
        String csv = "period,measure,value,funnel\n2026-09,revenue,1800000,\n2026-09,orders,360,\n2026-10,orders,1,\n";

        ImportReport report = importer.importCsv(ImportMeasuresCommand.of(csv, "COMMIT"));

        assertThat(report.written()).isTrue();
        assertThat(report.rows()).isEqualTo(3);
        assertThat(world.ledger.read(List.of(Period.parse("2026-09"), Period.parse("2026-10")), Optional.empty()))
                .hasSize(3);
        assertThat(world.ledger
                        .read(Period.parse("2026-09"), FunnelRef.ORGANISATION)
                        .version())
                .isEqualTo(1);
        assertThat(world.audit.actions()).containsExactly("measure:import");
    }

    @Test
    void aPreviewWritesNothing() {
        ImportReport report = importer.importCsv(
                ImportMeasuresCommand.of("period,measure,value,funnel\n2026-09,revenue,1,\n", "PREVIEW"));

        assertThat(report.written()).isFalse();
        assertThat(report.errors()).isEmpty();
        assertThat(world.ledger.recordings).isEmpty();
    }

    @Test
    void aFileWithAnyBadRowWritesNothingAndPointsAtTheRow() {
        ImportReport report = importer.importCsv(ImportMeasuresCommand.of(
                "period,measure,value,funnel\n2026-09,revenue,1,\n2026-09,moonbeams,2,\n", "COMMIT"));

        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(ImportError::line).containsExactly(3);
        assertThat(world.ledger.recordings).isEmpty();
    }

    @Test
    void anImportOverwritesAndLeavesAFormOpenedBeforeItStale() {
        record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 100)));
        importer.importCsv(ImportMeasuresCommand.of("period,measure,value,funnel\n2026-09,revenue,900,\n", "COMMIT"));

        assertThatThrownBy(() -> record.record(RecordMeasuresCommand.of("2026-09", null, "1", Map.of("revenue", 5))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(world.ledger
                        .read(Period.parse("2026-09"), FunnelRef.ORGANISATION)
                        .valueOf(REVENUE))
                .contains(MeasureValue.of(900));
    }

    @Test
    void anExportListsTheRowsOfTheMonthsAskedInLedgerOrder() {
        ExportMeasuresService export = new ExportMeasuresService(world.ledger, world.access(), world.funnels);
        importer.importCsv(ImportMeasuresCommand.of(
                "period,measure,value,funnel\n2026-10,orders,2,\n2026-09,orders,1,\n2026-12,orders,9,\n", "COMMIT"));

        assertThat(export.export(ExportMeasuresQuery.of("2026-09", "2026-10", null)))
                .extracting(r -> r.period().format())
                .containsExactly("2026-09", "2026-10");
        world.signOut();
        assertThatThrownBy(() -> export.export(ExportMeasuresQuery.of("2026-09", "2026-10", null)))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
