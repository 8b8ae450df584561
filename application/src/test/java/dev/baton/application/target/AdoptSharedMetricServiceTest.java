package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
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

/** One click on a shared metric over in-memory fakes: the team's owner holds the adopted target, whoever clicked. */
class AdoptSharedMetricServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final AdoptSharedMetricService service = new AdoptSharedMetricService(
            world.teams,
            new SetKpiTargetService(
                    world.targets, world.targetChecks(), world.catalogs(), world.auditor(), world.access()),
            world.access());

    private static AdoptSharedMetricCommand revenue(Team team, String atLeast) {
        return new AdoptSharedMetricCommand(
                team.id().value(),
                "2026-Q4",
                "new_revenue",
                null,
                null,
                new ThresholdInput("AT_LEAST", atLeast == null ? null : new BigDecimal(atLeast), null, null));
    }

    @Test
    void anAdministratorAdoptsTheNeighboursBarAndTheTeamsOwnerHoldsIt() {
        world.signInAdmin();

        TargetDetails adopted = service.adopt(revenue(marketing, "600000"));

        KpiTarget target = adopted.target();
        assertThat(target.team()).isEqualTo(marketing.id());
        assertThat(target.owner()).isEqualTo(mia.id());
        assertThat(target.threshold()).isEqualTo(Threshold.atLeast("600000"));
        assertThat(target.rationale()).isEmpty();
        assertThat(world.targets.inPeriods(List.of(Period.parse("2026-Q4")))).containsExactly(target);
    }

    @Test
    void aBarWithoutANumberIsRefusedAndNothingIsSaved() {
        world.signIn(mia);

        assertThatThrownBy(() -> service.adopt(revenue(marketing, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .allMatch(field -> field.startsWith("threshold")));
        assertThat(world.targets.inPeriods(List.of(Period.parse("2026-Q4")))).isEmpty();
    }

    @Test
    void aMetricTheTeamAlreadyHoldsIsRefused() {
        world.signIn(mia);
        service.adopt(revenue(marketing, "600000"));

        assertThatThrownBy(() -> service.adopt(revenue(marketing, "700000")))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void aLeadMayNotAdoptForAnotherTeam() {
        world.signIn(mia);

        assertThatThrownBy(() -> service.adopt(revenue(sales, "600000"))).isInstanceOf(ForbiddenException.class);
        assertThat(world.targets.inPeriods(List.of(Period.parse("2026-Q4")))).isEmpty();
    }

    @Test
    void aTeamThatDoesNotExistIsNotFound() {
        world.signIn(mia);

        assertThatThrownBy(() -> service.adopt(new AdoptSharedMetricCommand(
                        999_999L,
                        "2026-Q4",
                        "new_revenue",
                        null,
                        null,
                        new ThresholdInput("AT_LEAST", BigDecimal.ONE, null, null))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodySignedInAdoptsNothing() {
        world.signOut();

        assertThatThrownBy(() -> service.adopt(revenue(marketing, "600000")))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(world.targets.inPeriods(List.of(Period.parse("2026-Q4")))).isEmpty();
    }

    @Test
    void theAdoptionIsOnTheAuditTrail() {
        world.signIn(mia);

        service.adopt(revenue(marketing, "600000"));

        assertThat(world.audit.actions()).containsExactly("target:set");
    }
}
