package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The measures page's one read, over in-memory fakes of the ledger, the funnels and the catalog. */
class ViewMeasureSheetServiceTest {

    private final World world = new World();
    private final ViewMeasureSheetService sheets =
            new ViewMeasureSheetService(world.ledger, world.funnels, world.catalogs(), world.access());
    private final RecordMeasuresService record = new RecordMeasuresService(
            world.ledger, world.catalogs(), world.access(), world.auditor(), world.clock, world.funnels);
    private StoredFunnel deals;

    @BeforeEach
    void aFunnelAndARecordedSheet() {
        deals = world.funnel("Deals", Stage.of("lead", "Lead", new TeamId(1)), Stage.of("won", "Won", new TeamId(1)));
        world.signIn(world.person("Lee Lead", Role.TEAM_LEAD));
        record.record(RecordMeasuresCommand.of("2026-09", null, "0", Map.of("revenue", 1_800_000)));
    }

    @Test
    void aLeadReadsTheRecordedSheetWithTheCatalogsMeasuresAndTheFunnelsAndMayRecord() {
        MeasureSheet sheet = sheets.view("2026-09", "");

        assertThat(sheet.refused()).isEmpty();
        assertThat(sheet.recorded().orElseThrow().version()).isEqualTo(1);
        assertThat(sheet.recorded().orElseThrow().valueOf(MetricKey.of("revenue")))
                .contains(MeasureValue.of(1_800_000));
        assertThat(sheet.measures()).isNotEmpty().allMatch(MetricDefinition::isMeasure);
        assertThat(sheet.measures()).extracting(d -> d.key().value()).contains("revenue", "orders");
        assertThat(sheet.funnels()).extracting(StoredFunnel::id).containsExactly(deals.id());
        assertThat(sheet.mayRecord()).isTrue();
    }

    @Test
    void anExecutiveReadsTheSameSheetButMayNotRecord() {
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        MeasureSheet sheet = sheets.view("2026-09", null);

        assertThat(sheet.recorded()).isPresent();
        assertThat(sheet.mayRecord()).isFalse();
    }

    @Test
    void aFunnelsOwnSheetIsReadApartFromTheOrganisations() {
        MeasureSheet sheet = sheets.view("2026-09", Long.toString(deals.id()));

        assertThat(sheet.recorded().orElseThrow().values()).isEmpty();
        assertThat(sheet.recorded().orElseThrow().version()).isZero();
    }

    @Test
    void anUnknownFunnelIsRefusedUnderItsFieldAndTheFormStillHasItsChoices() {
        MeasureSheet sheet = sheets.view("2026-09", Long.toString(deals.id() + 1000));

        assertThat(sheet.recorded()).isEmpty();
        assertThat(sheet.refused()).extracting(FieldError::field).containsExactly("funnel");
        assertThat(sheet.measures()).isNotEmpty();
        assertThat(sheet.funnels()).hasSize(1);
    }

    @Test
    void aPeriodThatIsNoPeriodIsRefusedUnderItsField() {
        MeasureSheet sheet = sheets.view("2026-13", "");

        assertThat(sheet.recorded()).isEmpty();
        assertThat(sheet.refused()).extracting(FieldError::field).containsExactly("period");
    }

    @Test
    void nobodySignedInReadsNothing() {
        world.signOut();

        assertThatThrownBy(() -> sheets.view("2026-09", "")).isInstanceOf(UnauthenticatedException.class);
    }
}
