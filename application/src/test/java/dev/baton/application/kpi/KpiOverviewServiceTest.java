package dev.baton.application.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.ReadAuditTrailService;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.checkin.CheckInGate;
import dev.baton.application.fakes.CountingScorecardCacheMetrics;
import dev.baton.application.fakes.World;
import dev.baton.application.measure.Recording;
import dev.baton.application.scorecard.GetScorecardService;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.scorecard.ScorecardQuery;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.scorecard.Pace;
import dev.baton.domain.scorecard.Tolerance;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A KPI's own page over in-memory fakes: sales' deals target for October 2026, with its twelve months of actuals, its
 * owner's check-in, the proposals open on its slot and its trail.
 */
class KpiOverviewServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final KpiTarget deals = world.target(sales, "deals", "2026-10", Threshold.atLeast("20"));
    private final GetScorecardService scorecards = new GetScorecardService(
            world.storedPlans(),
            world.ledger,
            () -> Tolerance.DEFAULT,
            world.access(),
            () -> "v1",
            world.clock,
            new CountingScorecardCacheMetrics());
    private final KpiOverviewService service = new KpiOverviewService(
            world.access(),
            world.targets,
            world.teams,
            world.checkIns,
            new CheckInGate(world.access(), world.targets),
            world.proposals,
            new ReadAuditTrailService(world.audit, world.teams, world.access()),
            world.storedPlans(),
            world.catalogs(),
            scorecards);

    KpiOverviewServiceTest() {
        record("2026-09", 18);
        record("2026-10", 21);
        world.checkIns.add(CheckIn.record(
                deals.id(),
                new CheckInText(
                        "Two deals slipped into November",
                        Confidence.AT_RISK,
                        Optional.of(new BigDecimal("19")),
                        "Sam Sales",
                        Instant.parse("2026-10-20T09:00:00Z"))));
        world.audit.record(new AuditEntry(
                Instant.parse("2026-09-30T09:00:00Z"),
                "Sam Sales",
                "target",
                deals.id().toString(),
                "create",
                Map.of(),
                Map.of("metric", "deals"),
                Optional.of(sales.id())));
    }

    private void record(String month, long value) {
        world.ledger.record(
                List.of(new RecordedMeasure(
                        Period.parse(month), FunnelRef.ORGANISATION, MetricKey.of("deals"), MeasureValue.of(value))),
                new Recording(Instant.parse("2026-11-01T09:00:00Z"), "import"));
    }

    private Proposal proposal(Team from, Team to, String metric, String period) {
        return world.proposals.add(Proposal.open(
                Optional.of(from.id()),
                to.id(),
                MetricKey.of(metric),
                Optional.empty(),
                Period.parse(period),
                Threshold.atLeast("25"),
                Optional.of("More, please"),
                Optional.empty(),
                "Mia Marketing",
                Instant.parse("2026-10-05T09:00:00Z")));
    }

    @Test
    void theOwnersLeadReadsTheTargetWithItsYearOfActualsCheckInsProposalsAndTrail() {
        Proposal onThisSlot = proposal(marketing, sales, "deals", "2026-10");
        proposal(marketing, sales, "new_revenue", "2026-10");
        proposal(sales, marketing, "deals", "2026-10");
        world.signIn(sam);

        KpiOverview overview = service.overview(deals.id().toString());

        assertThat(overview.target().target()).isEqualTo(deals);
        assertThat(overview.target().runsAgainstDirection()).isFalse();
        assertThat(overview.teamName()).isEqualTo("Sales");
        assertThat(overview.history()).hasSize(KpiOverviewService.PERIODS);
        assertThat(overview.history().get(0).period()).isEqualTo(Period.parse("2025-11"));
        assertThat(overview.history().get(10).actual())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18"));
        assertThat(overview.history().get(11).period()).isEqualTo(deals.period());
        assertThat(overview.history().get(11).actual())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21"));
        assertThat(overview.checkIns())
                .singleElement()
                .satisfies(c -> assertThat(c.current().confidence()).isEqualTo(Confidence.AT_RISK));
        assertThat(overview.mayCheckIn()).isTrue();
        assertThat(overview.openProposals()).singleElement().satisfies(p -> {
            assertThat(p.proposal().id()).isEqualTo(onThisSlot.id());
            assertThat(p.fromTeamName()).contains("Marketing");
            assertThat(p.toTeamName()).isEqualTo("Sales");
        });
        assertThat(overview.audit()).extracting(RecordedChange::action).containsExactly("create");
    }

    @Test
    void theFindingsThatNameTheTargetComeWithItAndNoneThatDoNot() {
        KpiTarget theirs = world.target(marketing, "deals", "2026-10", Threshold.atLeast("25"));
        KpiTarget otherSlot = world.target(marketing, "new_revenue", "2026-10", Threshold.atLeast("100"));
        world.target(sales, "new_revenue", "2026-10", Threshold.atLeast("200"));
        world.signIn(sam);

        KpiOverview overview = service.overview(deals.id().toString());

        assertThat(overview.findings())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.targets()).contains(deals.id()))
                .noneSatisfy(f -> assertThat(f.targets()).contains(otherSlot.id()));
        assertThat(overview.findings())
                .filteredOn(f -> f.code() == FindingCode.DIFFERENT_BARS)
                .singleElement()
                .satisfies(f -> assertThat(f.targets()).containsExactlyInAnyOrder(deals.id(), theirs.id()));
    }

    @Test
    void aClosedPeriodHasNoPace() {
        world.signIn(sam);

        assertThat(service.overview(deals.id().toString()).running()).isEmpty();
    }

    @Test
    void aRunningPeriodCarriesItsActualToDateAndThePaceTheScorecardComputesForTheSameTarget() {
        // 15 November 2026: October complete and November to date, (1 + 15/30) / 3 = half of the quarter in.
        KpiTarget quarter = world.target(sales, "deals", "2026-Q4", Threshold.atLeast("60"));
        record("2026-11", 9);
        world.signIn(sam);

        KpiOverview.Running running =
                service.overview(quarter.id().toString()).running().orElseThrow();

        Scorecard.KpiLine line =
                scorecards.scorecard(new ScorecardQuery(Optional.of(quarter.period()))).teams().stream()
                        .flatMap(card -> card.kpis().stream())
                        .filter(l -> l.target().id().equals(quarter.id()))
                        .findFirst()
                        .orElseThrow();
        Pace scorecardPace = line.standing().pace().orElseThrow();
        assertThat(running.period()).isEqualTo(quarter.period());
        assertThat(running.pace()).isEqualTo(scorecardPace);
        assertThat(running.actualToDate()).isEqualTo(line.standing().actual());
        assertThat(running.actualToDate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(running.expectedToDate())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(overviewHistoryOf(quarter)
                        .get(KpiOverviewService.PERIODS - 1)
                        .actual())
                .as("a running period has no settled actual")
                .isEmpty();
    }

    private List<KpiOverview.Point> overviewHistoryOf(KpiTarget target) {
        return service.overview(target.id().toString()).history();
    }

    @Test
    void aLeadOfAnotherTeamReadsItButMayNotCheckInNorReadItsTrail() {
        world.signIn(mia);

        KpiOverview overview = service.overview(deals.id().toString());

        assertThat(overview.mayCheckIn()).isFalse();
        assertThat(overview.audit()).isEmpty();
    }

    @Test
    void anUnknownOrMalformedTargetIsNotFound() {
        world.signIn(sam);

        assertThatThrownBy(() -> service.overview("7d1f6b1e-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.overview("not-a-target")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.overview(deals.id().toString())).isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> service.overview(deals.id().toString())).isInstanceOf(UnauthenticatedException.class);
    }
}
