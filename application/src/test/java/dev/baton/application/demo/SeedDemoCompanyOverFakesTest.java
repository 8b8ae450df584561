package dev.baton.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.checkin.CheckInGate;
import dev.baton.application.checkin.CheckInService;
import dev.baton.application.fakes.FixedLinks;
import dev.baton.application.fakes.InMemoryOutbox;
import dev.baton.application.fakes.InMemoryRecipients;
import dev.baton.application.fakes.PlainMailroom;
import dev.baton.application.fakes.World;
import dev.baton.application.funnel.DefineFunnelService;
import dev.baton.application.measure.RecordMeasuresService;
import dev.baton.application.person.PersonServicesOverFakes;
import dev.baton.application.proposal.ProposeTargetService;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.signin.GrantSignInService;
import dev.baton.application.target.SetKpiTargetService;
import dev.baton.application.team.TeamServicesOverFakes;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo company seeded over in-memory fakes, through the same use cases a person goes through (15 November 2026,
 * so the running quarter is 2026-Q4). {@link SeedDemoCompanyServiceTest} checks the numbers it records.
 */
class SeedDemoCompanyOverFakesTest {

    private static final Period QUARTER = Period.parse("2026-Q4");

    private final World world = new World();
    private final SeedDemoCompanyService seeder = new SeedDemoCompanyService(
            world.teams,
            PersonServicesOverFakes.createPerson(world),
            TeamServicesOverFakes.createTeam(world),
            TeamServicesOverFakes.addMember(world),
            new GrantSignInService(
                    world.accounts, world.people, world.hasher, world.attempts, world.access(), world.auditor()),
            new DefineFunnelService(world.funnels, world.teams, world.auditor(), world.access()),
            new RecordMeasuresService(
                    world.ledger, world.catalogs(), world.access(), world.auditor(), world.clock, world.funnels),
            new SetKpiTargetService(
                    world.targets, world.targetChecks(), world.catalogs(), world.auditor(), world.access()),
            new CheckInService(
                    world.access(),
                    new CheckInGate(world.access(), world.targets),
                    world.checkIns,
                    world.targets,
                    world.auditor(),
                    world.clock),
            new ProposeTargetService(
                    world.access(),
                    world.proposals,
                    world.targets,
                    world.teams,
                    world.targetChecks(),
                    world.catalogs(),
                    world.auditor(),
                    world.clock,
                    new ProposalAlerts(
                            PlainMailroom.over(new InMemoryOutbox(), new InMemoryRecipients()),
                            world.teams,
                            world.accounts,
                            world.catalogs(),
                            new FixedLinks("links"))),
            world.clock);

    private List<Team> teams() {
        return world.teams.list(Optional.empty(), true, new PageRequest(0, 50)).items();
    }

    @Test
    void anEmptyCompanyGetsTheDemoTeamsFunnelMeasuresTargetsAndOneSignInPerRole() {
        world.signInAdmin();

        List<SeedDemoCompanyUseCase.DemoSignIn> signIns = seeder.seedIfEmpty();

        assertThat(signIns)
                .extracting(SeedDemoCompanyUseCase.DemoSignIn::username)
                .containsExactly("demo-executive", "demo-lead", "demo-sales-lead", "demo-success-lead", "demo-admin");
        assertThat(signIns).allSatisfy(s -> assertThat(world.accounts.findByUsername(s.username()))
                .isPresent());
        assertThat(teams())
                .extracting(t -> t.name().value())
                .containsExactly("Customer Success", "Marketing", "Product", "Sales");
        assertThat(teams())
                .filteredOn(t -> t.kind() == DepartmentKind.SALES)
                .singleElement()
                .satisfies(t -> assertThat(t.members()).hasSize(1));
        assertThat(world.funnels.findAll())
                .singleElement()
                .satisfies(f -> assertThat(f.funnel().stages()).hasSize(8));
        assertThat(world.ledger.recordings)
                .as("each month: an organisation-wide sheet and the funnel's deal flow")
                .hasSize(2 * SeedDemoCompanyService.MONTHS_OF_MEASURES);
        assertThat(world.targets.inPeriods(List.of(QUARTER))).hasSize(11);
        assertThat(world.checkIns.latestOf(world.targets.inPeriods(List.of(QUARTER)).stream()
                        .map(t -> t.id())
                        .toList()))
                .hasSize(3);
        assertThat(world.proposals.find(Optional.empty(), Optional.of(ProposalStatus.OPEN), Optional.of(QUARTER)))
                .hasSize(1);
    }

    @Test
    void theSeededPlanIsImperfectOnPurposeSoTheScorecardHasSomethingToSay() {
        world.signInAdmin();
        seeder.seedIfEmpty();

        var report = world.storedPlans().planOf(QUARTER).outcome().report();

        assertThat(report.handoffs())
                .filteredOn(h -> !h.covered())
                .extracting(HandoffCoverage::handoff)
                .extracting(h -> h.from().key() + ">" + h.to().key())
                .containsExactly("customer>active");
        assertThat(report.findings(FindingCode.TENSION)).isNotEmpty();
    }

    @Test
    void aCompanyThatHasATeamIsLeftAsItIs() {
        world.signInAdmin();
        world.team(
                "Existing", DepartmentKind.OTHER, world.person("Olga Owner", dev.baton.domain.person.Role.TEAM_LEAD));

        assertThat(seeder.seedIfEmpty()).isEmpty();
        assertThat(teams()).hasSize(1);
        assertThat(world.audit.entries).isEmpty();
    }

    @Test
    void nobodySignedInSeedsNothing() {
        world.signOut();

        assertThatThrownBy(seeder::seedIfEmpty).isInstanceOf(UnauthenticatedException.class);
        assertThat(teams()).isEmpty();
        assertThat(world.audit.entries).isEmpty();
    }
}
