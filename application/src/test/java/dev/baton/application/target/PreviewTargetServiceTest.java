package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.alignment.WhatIfCommand;
import dev.baton.application.alignment.WhatIfService;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The target editor's preview over in-memory fakes: marketing tries the new revenue sales already holds, and gets the
 * editor and the report before and after in one answer, with nothing saved.
 */
class PreviewTargetServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final KpiTarget salesRevenue = world.target(sales, "new_revenue", "2026-Q4", Threshold.atLeast("600000"));
    private final PreviewTargetService service = new PreviewTargetService(
            new WhatIfService(world.storedPlans(), world.teams, world.targetChecks(), world.access()),
            new ViewTargetEditorService(
                    world.teams,
                    world.targets,
                    world.people,
                    world.storedPlans(),
                    world.adoptedPlans,
                    world.catalogs(),
                    world.access(),
                    world.proposals,
                    world.clock));

    PreviewTargetServiceTest() {
        world.funnel(
                "Main",
                Stage.of("mql", "MQL", marketing.id()),
                Stage.of("sql", "SQL", sales.id()),
                Stage.of("won", "Won", sales.id()));
        world.signIn(mia);
    }

    private WhatIfCommand marketingRevenue() {
        return marketingRevenue(new ThresholdInput("AT_LEAST", new BigDecimal("600000"), null, null));
    }

    private WhatIfCommand marketingRevenue(ThresholdInput bar) {
        return WhatIfCommand.of(
                "2026-Q4",
                "SET",
                null,
                new TargetInput(
                        marketing.id().value(),
                        "new_revenue",
                        null,
                        null,
                        "2026-Q4",
                        bar,
                        mia.id().value(),
                        null));
    }

    private TargetEditorQuery editorOfMarketing() {
        return TargetEditorQuery.of(marketing.id().value(), "2026-Q4", null, "new_revenue", null, null);
    }

    @Test
    void thePreviewGivesTheEditorAndTheReportBeforeAndAfterWithoutSavingTheChange() {
        TargetPreview preview = service.preview(editorOfMarketing(), marketingRevenue());

        assertThat(preview.editor().team()).isEqualTo(marketing);
        assertThat(preview.editor().period()).isEqualTo(Period.parse("2026-Q4"));
        assertThat(preview.editor().targets()).isEmpty();
        assertThat(preview.outcome().before().report().handoffs()).noneMatch(HandoffCoverage::covered);
        assertThat(preview.outcome().after().report().handoffs()).allMatch(HandoffCoverage::covered);
        assertThat(world.targets.inPeriods(List.of(salesRevenue.period()))).containsExactly(salesRevenue);
    }

    @Test
    void aBarThatConflictsWithTheNeighboursShowsTheConflictAfterAndSavesNothing() {
        TargetPreview preview = service.preview(
                editorOfMarketing(),
                marketingRevenue(new ThresholdInput("AT_MOST", new BigDecimal("100000"), null, null)));

        assertThat(preview.outcome().before().report().findings(FindingCode.DISJOINT_TARGETS))
                .isEmpty();
        assertThat(preview.outcome().after().report().findings(FindingCode.DISJOINT_TARGETS))
                .hasSize(1);
        assertThat(world.targets.inPeriods(List.of(salesRevenue.period()))).containsExactly(salesRevenue);
    }

    @Test
    void aBarWithoutANumberIsRefusedOnTheThreshold() {
        assertThatThrownBy(() -> service.preview(
                        editorOfMarketing(), marketingRevenue(new ThresholdInput("AT_LEAST", null, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .allMatch(field -> field.startsWith("target.threshold")));
    }

    @Test
    void aTeamThatDoesNotExistIsNotFound() {
        TargetEditorQuery nowhere = TargetEditorQuery.of(999_999L, "2026-Q4", null, "new_revenue", null, null);

        assertThatThrownBy(() -> service.preview(nowhere, marketingRevenue())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.preview(editorOfMarketing(), marketingRevenue()))
                .isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> service.preview(editorOfMarketing(), marketingRevenue()))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
