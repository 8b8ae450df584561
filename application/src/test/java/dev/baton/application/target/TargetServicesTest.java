package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The target services over in-memory fakes of their ports: a lead writes their own team's targets only. */
class TargetServicesTest {

    private final World world = new World();
    private final TargetChecks checks = new TargetChecks(world.teams, world.people, world.funnels);
    private final SetKpiTargetService set =
            new SetKpiTargetService(world.targets, checks, world.catalogs(), world.auditor(), world.access());
    private final ChangeKpiTargetService change =
            new ChangeKpiTargetService(world.targets, checks, world.catalogs(), world.auditor(), world.access());
    private final RemoveKpiTargetService remove =
            new RemoveKpiTargetService(world.targets, world.auditor(), world.access());
    private final CopyTargetsService copy =
            new CopyTargetsService(world.targets, world.teams, world.auditor(), world.access());
    private final TargetQueryService query = new TargetQueryService(world.targets, world.catalogs(), world.access());

    private Person lead;
    private Team marketing;
    private Team sales;

    @BeforeEach
    void twoTeamsAndTheLeadOfOne() {
        lead = world.person("Mia Marketing", Role.TEAM_LEAD);
        Person other = world.person("Sol Sales", Role.TEAM_LEAD);
        marketing = world.team("Marketing", DepartmentKind.MARKETING, lead);
        sales = world.team("Sales", DepartmentKind.SALES, other);
        world.signIn(lead);
    }

    private TargetInput cacAtMost(Team team, String max, String period) {
        return new TargetInput(
                team.id().value(),
                "cac",
                null,
                null,
                period,
                new ThresholdInput("AT_MOST", new BigDecimal(max), null, null),
                lead.id().value(),
                "keep acquisition cheap");
    }

    @Test
    void aLeadSetsATargetForTheirOwnTeam() {
        TargetDetails details = set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));

        assertThat(world.targets.findById(details.target().id())).contains(details.target());
        assertThat(query.get(details.target().id().value().toString()).target()).isEqualTo(details.target());
        assertThat(world.audit.actions()).containsExactly("target:set");
    }

    @Test
    void aLeadMayNotSetATargetForAnotherTeam() {
        assertThatThrownBy(() -> set.set(SetKpiTargetCommand.of(cacAtMost(sales, "500", "2026-Q4"))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.targets.of(sales.id(), Period.parse("2026-Q4"))).isEmpty();
    }

    @Test
    void nobodySignedInSetsNoTarget() {
        world.signOut();
        assertThatThrownBy(() -> set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4"))))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void anUnknownMetricIsAnErrorOnTheMetricField() {
        TargetInput in = new TargetInput(
                marketing.id().value(),
                "no_such_metric",
                null,
                null,
                "2026-Q4",
                new ThresholdInput("AT_LEAST", BigDecimal.ONE, null, null),
                lead.id().value(),
                null);
        assertThatThrownBy(() -> set.set(SetKpiTargetCommand.of(in)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("metric"));
    }

    @Test
    void aSecondTargetInTheSameSlotIsAlreadyTaken() {
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));
        assertThatThrownBy(() -> set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "400", "2026-Q4"))))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("metric"));
    }

    @Test
    void aChangeMovesTheVersionOnAndAStaleOneIsAConcurrentEdit() {
        TargetDetails first = set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));
        String id = first.target().id().value().toString();

        TargetDetails changed =
                change.change(ChangeKpiTargetCommand.of(id, cacAtMost(marketing, "450", "2026-Q4"), 0L));
        assertThat(changed.target().version()).isEqualTo(1);
        assertThat(changed.target().threshold()).isNotEqualTo(first.target().threshold());

        assertThatThrownBy(
                        () -> change.change(ChangeKpiTargetCommand.of(id, cacAtMost(marketing, "400", "2026-Q4"), 0L)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(world.targets.findById(first.target().id())).contains(changed.target());
    }

    @Test
    void aChangeIntoASlotAnotherTargetHoldsIsAlreadyTaken() {
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));
        TargetDetails other = set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2027-Q1")));
        assertThatThrownBy(() -> change.change(ChangeKpiTargetCommand.of(
                        other.target().id().value().toString(), cacAtMost(marketing, "500", "2026-Q4"), 0L)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void anotherTeamsLeadMayNeitherChangeNorRemoveATarget() {
        TargetDetails mine = set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));
        String id = mine.target().id().value().toString();
        world.signIn(world.people.findById(sales.owner()).orElseThrow());

        assertThatThrownBy(() -> change.change(ChangeKpiTargetCommand.of(id, cacAtMost(marketing, "1", "2026-Q4"), 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> remove.remove(RemoveKpiTargetCommand.of(id, 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.targets.findById(mine.target().id())).contains(mine.target());
    }

    @Test
    void aRemovedTargetIsGoneAndAStaleRemovalIsAConcurrentEdit() {
        TargetDetails target = set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q4")));
        String id = target.target().id().value().toString();
        change.change(ChangeKpiTargetCommand.of(id, cacAtMost(marketing, "450", "2026-Q4"), 0L));

        assertThatThrownBy(() -> remove.remove(RemoveKpiTargetCommand.of(id, 0L)))
                .isInstanceOf(ConcurrentEditException.class);
        remove.remove(RemoveKpiTargetCommand.of(id, 1L));
        assertThat(world.targets.findById(target.target().id())).isEmpty();
        assertThatThrownBy(() -> query.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aVersionIsRequiredToRemove() {
        assertThatThrownBy(() ->
                        RemoveKpiTargetCommand.of(java.util.UUID.randomUUID().toString(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("version"));
    }

    @Test
    void copyingCarriesTargetsIntoTheNextPeriodAndSkipsSlotsAlreadyHeld() {
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q3")));
        set.set(SetKpiTargetCommand.of(new TargetInput(
                marketing.id().value(),
                "leads",
                null,
                null,
                "2026-Q3",
                new ThresholdInput("AT_LEAST", new BigDecimal("800"), null, null),
                lead.id().value(),
                null)));
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "450", "2026-Q4")));

        CopyResult result = copy.copy(CopyTargetsCommand.of(marketing.id().value(), "2026-Q3", "2026-Q4"));

        assertThat(result.copied()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(world.targets.of(marketing.id(), Period.parse("2026-Q4")))
                .extracting(t -> t.metric().value())
                .containsExactly("cac", "leads");
    }

    @Test
    void aLeadCopiesOnlyTheirOwnTeamsTargets() {
        assertThatThrownBy(() -> copy.copy(CopyTargetsCommand.of(sales.id().value(), "2026-Q3", "2026-Q4")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theListIsFilteredByTeamAndPeriod() {
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "500", "2026-Q3")));
        set.set(SetKpiTargetCommand.of(cacAtMost(marketing, "450", "2026-Q4")));

        assertThat(query.list(ListTargetsQuery.of(marketing.id().value(), "2026-Q4", null, 0, 10))
                        .items())
                .extracting(d -> d.target().period())
                .containsExactly(Period.parse("2026-Q4"));
        assertThat(query.list(ListTargetsQuery.of(sales.id().value(), null, null, 0, 10))
                        .total())
                .isZero();
    }
}
