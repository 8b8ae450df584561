package dev.baton.app.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts the FunnelRepository and TargetRepository keep, checked against the PostgreSQL adapters. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PlanRepositoriesContractTest {

    @Inject
    FunnelRepository funnels;

    @Inject
    TargetRepository targets;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    private PersonId owner;
    private TeamId marketing;
    private TeamId sales;

    @BeforeEach
    void twoTeams() {
        owner = QuarkusTransaction.requiringNew().call(() -> people.add(Person.create(
                        people.nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(Names.email("owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
        marketing = team(DepartmentKind.MARKETING);
        sales = team(DepartmentKind.SALES);
    }

    private TeamId team(DepartmentKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> teams.add(Team.create(teams.nextId(), new TeamName(Names.unique("T")), kind, owner))
                        .id());
    }

    private KpiTarget target(TeamId team, String metric, Optional<StageScope> scope, String period, Threshold bar) {
        return new KpiTarget(
                KpiTargetId.newId(),
                team,
                MetricKey.of(metric),
                scope,
                Period.parse(period),
                bar,
                owner,
                Optional.of("why"),
                0);
    }

    private KpiTarget stored(KpiTarget target) {
        return QuarkusTransaction.requiringNew().call(() -> targets.add(target));
    }

    @Test
    void aFunnelKeepsItsStagesInOrderAndAnEditBumpsItsVersion() {
        Funnel funnel = Funnel.of(
                Names.unique("F"),
                Stage.of("visitor", "Visitor", marketing),
                Stage.of("mql", "MQL", marketing),
                Stage.of("sql", "SQL", sales));
        StoredFunnel added = QuarkusTransaction.requiringNew()
                .call(() -> funnels.add(new StoredFunnel(funnels.nextId(), funnel, 0)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> funnels.findById(added.id())))
                .contains(added);

        Funnel reordered =
                Funnel.of(funnel.name(), Stage.of("mql", "MQL", marketing), Stage.of("visitor", "Visitor", marketing));
        StoredFunnel edited = QuarkusTransaction.requiringNew().call(() -> funnels.update(added.with(reordered)));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.funnel()).isEqualTo(reordered);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> funnels.update(added.with(funnel))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aTargetIsFoundAsItWasStoredWhateverItsThreshold() {
        for (KpiTarget target : List.of(
                target(sales, "deals", Optional.empty(), "2030-01", Threshold.atMost("21")),
                target(sales, "new_revenue", Optional.empty(), "2030-Q1", Threshold.atLeast("1000000.50")),
                target(
                        sales,
                        "stage_conversion_rate",
                        Optional.of(new StageScope("sql", "customer")),
                        "2030",
                        Threshold.between("20", "35")))) {
            KpiTarget stored = stored(target);
            assertThat(QuarkusTransaction.requiringNew().call(() -> targets.findById(target.id())))
                    .contains(stored);
            assertThat(stored).isEqualTo(target);
        }
    }

    @Test
    void aStaleUpdateOrRemovalIsAConcurrentEdit() {
        KpiTarget target = stored(target(marketing, "cac", Optional.empty(), "2030-Q2", Threshold.atMost("500")));
        KpiTarget changed = QuarkusTransaction.requiringNew()
                .call(() -> targets.update(target.withThreshold(Threshold.atMost("450"))));
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> targets.update(target.withThreshold(Threshold.atMost("400")))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> targets.remove(target)))
                .isInstanceOf(ConcurrentEditException.class);
        QuarkusTransaction.requiringNew().run(() -> targets.remove(changed));
        assertThat(QuarkusTransaction.requiringNew().call(() -> targets.findById(target.id())))
                .isEmpty();
    }

    @Test
    void targetsAreFoundByPeriodsTeamAndSlot() {
        KpiTarget quarter = stored(target(sales, "deals", Optional.empty(), "2030-Q3", Threshold.atMost("21")));
        KpiTarget year = stored(target(sales, "new_revenue", Optional.empty(), "2030", Threshold.atLeast("9")));
        stored(target(sales, "deals", Optional.empty(), "2030-Q4", Threshold.atMost("22")));

        List<KpiTarget> inForce = QuarkusTransaction.requiringNew()
                .call(() -> targets.inPeriods(Period.parse("2030-Q3").withEnclosing()));
        assertThat(inForce).filteredOn(t -> t.team().equals(sales)).containsExactlyInAnyOrder(quarter, year);
        assertThat(QuarkusTransaction.requiringNew().call(() -> targets.of(sales, Period.parse("2030-Q3"))))
                .containsExactly(quarter);
        assertThat(QuarkusTransaction.requiringNew().call(() -> targets.list(
                                Optional.of(sales),
                                Optional.empty(),
                                Optional.of(MetricKey.of("deals")),
                                new PageRequest(0, 10))
                        .total()))
                .isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> targets.slotTaken(
                                sales,
                                MetricKey.of("deals"),
                                Optional.empty(),
                                Period.parse("2030-Q3"),
                                Optional.empty())))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> targets.slotTaken(
                                sales,
                                MetricKey.of("deals"),
                                Optional.empty(),
                                Period.parse("2030-Q3"),
                                Optional.of(quarter.id()))))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> targets.slotTaken(
                                marketing,
                                MetricKey.of("deals"),
                                Optional.empty(),
                                Period.parse("2030-Q3"),
                                Optional.empty())))
                .isFalse();
    }
}
