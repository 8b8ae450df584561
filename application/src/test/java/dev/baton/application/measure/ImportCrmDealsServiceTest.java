package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.Auditor;
import dev.baton.application.fakes.InMemoryCrmMappings;
import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.fakes.InMemoryLedger;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.fakes.SplitTableFiles;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSourceMapping;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportCrmDealsServiceTest {

    private static final long FUNNEL = 7;
    private static final String EXPORT = "Record ID,Deal Stage,Pipeline,Amount,Close Date,Create Date\n"
            + "1,Closed Won,Sales,1000,2026-09-03,2026-08-20\n"
            + "2,Closed Won,Sales,3000,2026-09-13,2026-09-01\n"
            + "3,Closed Lost,Sales,500,2026-09-14,2026-09-02\n";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryCrmMappings mappings = new InMemoryCrmMappings();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Actor admin = new Actor("ada", Optional.empty(), Set.of(Role.ADMIN), true);
    private final ImportCrmDealsService service = new ImportCrmDealsService(
            ledger,
            mappings,
            oneFunnel(),
            new SplitTableFiles(),
            new AccessPolicy(() -> admin, null),
            new Auditor(audit::add, () -> admin, new MutableClock(Instant.parse("2026-10-01T00:00:00Z"))),
            new MutableClock(Instant.parse("2026-10-01T00:00:00Z")));

    ImportCrmDealsServiceTest() {
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        stages.put("Closed Won", Optional.of("customer"));
        stages.put("Closed Lost", Optional.empty());
        stages.put("Appointment Scheduled", Optional.of("sql"));
        mappings.save(
                FUNNEL,
                new CrmMapping(
                        Optional.of(new CrmSourceMapping(
                                Optional.of("Sales"), CrmDateFormat.ISO, Optional.empty(), false, stages)),
                        Optional.empty()));
    }

    private CrmImportReport importing(String mode, String csv) {
        return service.importDeals(ImportCrmDealsCommand.of(
                "hubspot",
                Long.toString(FUNNEL),
                mode,
                new CrmFile("deals.csv", csv.getBytes(StandardCharsets.UTF_8), null),
                Optional.empty()));
    }

    @Test
    void aPreviewWritesNothing() {
        CrmImportReport report = importing("preview", EXPORT);

        assertThat(report.written()).isFalse();
        assertThat(report.changed()).isPositive();
        assertThat(ledger.recordings.size()).isZero();
    }

    @Test
    void aCommitWritesAndIsAuditedWithTheFileAndItsRowCountAndARepeatWritesNothing() {
        importing("commit", EXPORT);
        long version = ledger.version(new SheetRef(Period.month(2026, 9), FunnelRef.of(FUNNEL)));

        CrmImportReport again = importing("commit", EXPORT);

        assertThat(again.written()).isFalse();
        assertThat(again.changed()).isZero();
        assertThat(ledger.recordings.size()).isEqualTo(1);
        assertThat(ledger.version(new SheetRef(Period.month(2026, 9), FunnelRef.of(FUNNEL))))
                .isEqualTo(version);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).after()).containsEntry("file", "deals.csv").containsEntry("rows", 3);
    }

    @Test
    void aRowThatDoesNotReadRefusesTheCommitNamingRowAndColumnAndWritesNothing() {
        String bad = EXPORT.replace("3000,2026-09-13", "3000,13/09/2026");

        assertThatThrownBy(() -> importing("commit", bad))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(error -> error.field())
                        .containsExactly("row 3: Close Date"));
        assertThat(ledger.recordings.size()).isZero();
    }

    @Test
    void aFunnelWithoutAMappingForTheCrmIsRefused() {
        mappings.save(FUNNEL, CrmMapping.NONE);

        assertThatThrownBy(() -> importing("preview", EXPORT))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(error -> error.field())
                        .containsExactly("funnel"));
    }

    /** The one funnel lead → sql → customer. */
    private static InMemoryFunnels oneFunnel() {
        InMemoryFunnels funnels = new InMemoryFunnels();
        funnels.add(new StoredFunnel(
                FUNNEL,
                Funnel.of(
                        "Deals",
                        Stage.of("lead", "Lead", new TeamId(1)),
                        Stage.of("sql", "SQL", new TeamId(1)),
                        Stage.of("customer", "Customer", new TeamId(1))),
                1));
        return funnels;
    }
}
