package dev.baton.application.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.TargetInput;
import dev.baton.application.target.ThresholdInput;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What-if over in-memory fakes: marketing hands MQLs to sales in the funnel "Main", and only sales holds a new revenue
 * target in 2026-Q4, so the handoff shares no metric until marketing holds one too. Nothing tried is ever saved.
 */
class WhatIfServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final KpiTarget salesRevenue = world.target(sales, "new_revenue", "2026-Q4", Threshold.atLeast("600000"));
    private final WhatIfService service =
            new WhatIfService(world.storedPlans(), world.teams, world.targetChecks(), world.access());

    WhatIfServiceTest() {
        world.funnel(
                "Main",
                Stage.of("mql", "MQL", marketing.id()),
                Stage.of("sql", "SQL", sales.id()),
                Stage.of("won", "Won", sales.id()));
        world.signIn(world.person("Erin Executive", Role.EXECUTIVE));
    }

    private static TargetInput revenue(Team team, String atLeast) {
        return new TargetInput(
                team == null ? null : team.id().value(),
                "new_revenue",
                null,
                null,
                null,
                new ThresholdInput("AT_LEAST", new BigDecimal(atLeast), null, null),
                null,
                null);
    }

    private static boolean covered(AlignmentOutcome outcome) {
        return outcome.report().handoffs().stream().allMatch(HandoffCoverage::covered);
    }

    @Test
    void settingTheSharedMetricOnTheOtherSideCoversTheHandoffWithoutSavingIt() {
        WhatIfOutcome outcome = service.whatIf(WhatIfCommand.of("2026-Q4", "SET", null, revenue(marketing, "600000")));

        assertThat(outcome.before().report().handoffs()).hasSize(1);
        assertThat(covered(outcome.before())).isFalse();
        assertThat(covered(outcome.after())).isTrue();
        assertThat(outcome.after().report().score())
                .isGreaterThan(outcome.before().report().score());
        assertThat(world.targets.inPeriods(java.util.List.of(salesRevenue.period())))
                .containsExactly(salesRevenue);
    }

    @Test
    void removingTheOnlySharedTargetUncoversAHandoffTheStoredPlanCovers() {
        KpiTarget marketingRevenue = world.target(marketing, "new_revenue", "2026-Q4", Threshold.atLeast("600000"));

        WhatIfOutcome outcome = service.whatIf(
                WhatIfCommand.of("2026-Q4", "REMOVE", marketingRevenue.id().toString(), null));

        assertThat(covered(outcome.before())).isTrue();
        assertThat(covered(outcome.after())).isFalse();
        assertThat(world.targets.findById(marketingRevenue.id())).contains(marketingRevenue);
    }

    @Test
    void aReplacementKeepsTheTeamOfTheTargetItReplaces() {
        WhatIfOutcome outcome = service.whatIf(
                WhatIfCommand.of("2026-Q4", "REPLACE", salesRevenue.id().toString(), revenue(null, "700000")));

        assertThat(covered(outcome.after())).isFalse();
        assertThat(outcome.after().report().period()).isEqualTo(salesRevenue.period());
        assertThat(world.targets.findById(salesRevenue.id()).orElseThrow().threshold())
                .isEqualTo(Threshold.atLeast("600000"));
    }

    @Test
    void aTargetForAnArchivedTeamIsRefusedOnTheTeamField() {
        Team archived =
                world.teams.update(world.team("Old", DepartmentKind.OTHER, mia).archive());

        assertThatThrownBy(() -> service.whatIf(WhatIfCommand.of("2026-Q4", "SET", null, revenue(archived, "1000"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("target.team"));
    }

    @Test
    void aMetricTheCatalogDoesNotKnowIsRefusedOnTheMetricField() {
        TargetInput unknown = new TargetInput(
                sales.id().value(),
                "no_such_metric",
                null,
                null,
                null,
                new ThresholdInput("AT_LEAST", BigDecimal.ONE, null, null),
                null,
                null);

        assertThatThrownBy(() -> service.whatIf(WhatIfCommand.of("2026-Q4", "SET", null, unknown)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .contains("target.metric"));
    }

    @Test
    void replacingATargetNotInForceInThePeriodIsNotFound() {
        assertThatThrownBy(() -> service.whatIf(
                        WhatIfCommand.of("2027-Q1", "REMOVE", salesRevenue.id().toString(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        WhatIfCommand command = WhatIfCommand.of("2026-Q4", "SET", null, revenue(marketing, "600000"));

        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.whatIf(command)).isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> service.whatIf(command)).isInstanceOf(UnauthenticatedException.class);
    }
}
