package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.InMemoryAdoptedPlans;
import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.fakes.World;
import dev.baton.application.measure.Recording;
import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.TargetEditor.NumberContext;
import dev.baton.application.target.TargetEditor.PastActual;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The target editor's one read, over the shared in-memory fakes, on 2 December 2026 (the fourth quarter is running). */
class ViewTargetEditorServiceTest {

    private static final Period NEXT_QUARTER = Period.parse("2027-Q1");

    private final World world = new World();
    private final InMemoryAdoptedPlans adopted = world.adoptedPlans;
    private final InMemoryProposals proposals = new InMemoryProposals();
    private ViewTargetEditorService service;

    private Person maya;
    private Team marketing;
    private Team sales;

    @BeforeEach
    void aMarketingAndASalesTeamOnOneFunnel() {
        world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2026-12-02T09:00:00Z")));
        maya = world.person("Maya Chen", Role.TEAM_LEAD);
        Person sam = world.person("Sam Ortiz", Role.TEAM_LEAD);
        marketing = world.team("Marketing", DepartmentKind.MARKETING, maya);
        sales = world.team("Sales", DepartmentKind.SALES, sam);
        world.funnel(
                "Main",
                Stage.of("lead", "Lead", marketing.id()),
                Stage.of("mql", "MQL", marketing.id()),
                Stage.of("sql", "SQL", sales.id()));
        world.signIn(maya);
        service = new ViewTargetEditorService(
                world.teams,
                world.targets,
                world.people,
                world.storedPlans(),
                adopted,
                world.catalogs(),
                world.access(),
                proposals,
                world.clock);
        // Sales will win at most 20 deals and bring at least 100,000 in: each deal must be worth 5,000 or more.
        target(sales, "deals", Threshold.atMost("20"), NEXT_QUARTER);
        target(sales, "new_revenue", Threshold.atLeast("100000"), NEXT_QUARTER);
        quarter("2026-Q1", "average_deal_value", 4000);
        quarter("2026-Q3", "average_deal_value", 4500);
        quarter("2026-Q4", "average_deal_value", 9999);
    }

    private void quarter(String period, String measure, long value) {
        world.ledger.record(
                List.of(new RecordedMeasure(
                        Period.parse(period), FunnelRef.ORGANISATION, MetricKey.of(measure), MeasureValue.of(value))),
                new Recording(world.clock.instant(), "test"));
    }

    @Test
    void anOpenProposalBetweenTheTeamsShowsOnTheEditorAndBesideTheFindingItWouldSettle() {
        Proposal open = proposals.add(Proposal.open(
                Optional.of(sales.id()),
                marketing.id(),
                MetricKey.of("new_revenue"),
                Optional.of(new StageScope("mql", "sql")),
                NEXT_QUARTER,
                Threshold.atLeast("100000"),
                Optional.of("share new revenue with us at MQL → SQL"),
                Optional.empty(),
                "sam",
                world.clock.instant()));
        Proposal elsewhere = proposals.add(Proposal.open(
                Optional.of(sales.id()),
                marketing.id(),
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.parse("2027-Q2"),
                Threshold.atLeast("1"),
                Optional.empty(),
                Optional.empty(),
                "sam",
                world.clock.instant()));

        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, null));

        assertThat(editor.openProposals()).singleElement().satisfies(item -> {
            ProposalDetails d = item.details();
            assertThat(d.proposal()).isEqualTo(open);
            assertThat(d.fromTeamName()).contains("Sales");
            assertThat(d.toTeamName()).isEqualTo("Marketing");
            // Maya leads Marketing, which receives it: she may decide it; Sam made it, so only he may withdraw it.
            assertThat(item.mayDecide()).isTrue();
            assertThat(item.mayWithdraw()).isFalse();
        });
        assertThat(editor.openProposals()).noneMatch(i -> i.details().proposal().equals(elsewhere));
        Finding handoff = editor.alignment().report().findings().stream()
                .filter(f -> f.teams().contains(sales.id()) && f.teams().contains(marketing.id()))
                .findFirst()
                .orElseThrow();
        assertThat(editor.proposalsFor(handoff))
                .extracting(ProposalDetails::proposal)
                .containsExactly(open);
    }

    @Test
    void eachTargetShowsTheLastThreeCompletePeriodsAndTheRangeTheOtherTeamsImply() {
        KpiTarget own = target(marketing, "average_deal_value", Threshold.atMost("4000"), NEXT_QUARTER);

        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, null));

        assertThat(editor.targets()).extracting(TargetDetails::target).containsExactly(own);
        NumberContext context =
                editor.context(own.metric(), Optional.empty(), NEXT_QUARTER).orElseThrow();
        assertThat(context.history())
                .containsExactly(
                        new PastActual(Period.parse("2026-Q1"), Optional.of(new BigDecimal("4000.00"))),
                        new PastActual(Period.parse("2026-Q2"), Optional.empty()),
                        new PastActual(Period.parse("2026-Q3"), Optional.of(new BigDecimal("4500.00"))));
        assertThat(context.impliedMin())
                .hasValueSatisfying(min -> assertThat(min).isEqualByComparingTo("5000"));
        assertThat(context.impliedMax()).isEmpty();
    }

    @Test
    void aStageTargetShowsWhatTheAdoptedWaterfallRequiresAndAGoalTargetTheGoal() {
        adopted.save(new AdoptedPlan(
                1,
                NEXT_QUARTER,
                MetricKey.of("new_revenue"),
                new BigDecimal("150000"),
                15,
                List.of(
                        new AdoptedPlan.Requirement(
                                "mql", marketing.id(), 50, Optional.of(new BigDecimal("30")), Optional.of("given")),
                        new AdoptedPlan.Requirement("sql", sales.id(), 15, Optional.empty(), Optional.empty())),
                "maya",
                Instant.parse("2026-12-01T10:00:00Z")));
        KpiTarget entries = target(marketing, "entered:sql", Threshold.atLeast("15"), NEXT_QUARTER);

        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, "new_revenue"));

        assertThat(editor.context(entries.metric(), Optional.empty(), NEXT_QUARTER)
                        .orElseThrow()
                        .planned())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(editor.context(MetricKey.of("new_revenue"), Optional.empty(), NEXT_QUARTER)
                        .orElseThrow()
                        .planned())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150000"));
    }

    @Test
    void withoutAnAdoptedPlanANumberHasNoPlannedRequirement() {
        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, "entered:sql"));

        assertThat(editor.context(MetricKey.of("entered:sql"), Optional.empty(), NEXT_QUARTER)
                        .orElseThrow()
                        .planned())
                .isEmpty();
    }

    @Test
    void theMetricChosenInTheAddFormGetsItsContextToo() {
        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, "average_deal_value"));

        assertThat(editor.targets()).isEmpty();
        NumberContext context = editor.context(MetricKey.of("average_deal_value"), Optional.empty(), NEXT_QUARTER)
                .orElseThrow();
        assertThat(context.implied()).isTrue();
        assertThat(context.impliedMin())
                .hasValueSatisfying(min -> assertThat(min).isEqualByComparingTo("5000"));
    }

    @Test
    void aMetricTheOtherTeamsLeaveFreeHasNoImpliedRange() {
        TargetEditor editor = service.view(query(marketing, NEXT_QUARTER, "leads"));

        NumberContext context = editor.context(MetricKey.of("leads"), Optional.empty(), NEXT_QUARTER)
                .orElseThrow();
        assertThat(context.implied()).isFalse();
        assertThat(context.history()).hasSize(3).allMatch(past -> past.value().isEmpty());
    }

    @Test
    void theRunningPeriodAndThoseAfterItAreNeverHistory() {
        assertThat(service.history(Period.parse("2026-Q4")))
                .containsExactly(Period.parse("2026-Q1"), Period.parse("2026-Q2"), Period.parse("2026-Q3"));
        assertThat(service.history(Period.parse("2030-Q1")))
                .containsExactly(Period.parse("2026-Q1"), Period.parse("2026-Q2"), Period.parse("2026-Q3"));
        assertThat(service.history(Period.parse("2026-05")))
                .containsExactly(Period.parse("2026-02"), Period.parse("2026-03"), Period.parse("2026-04"));
        assertThat(service.history(Period.parse("1900-02"))).containsExactly(Period.parse("1900-01"));
    }

    @Test
    void theEditorReadsTheReportTheStaffAndWhetherTheReaderMayEdit() {
        TargetEditor own = service.view(query(marketing, NEXT_QUARTER, null));
        TargetEditor theirs = service.view(query(sales, NEXT_QUARTER, null));

        assertThat(own.mayEdit()).isTrue();
        assertThat(theirs.mayEdit()).isFalse();
        assertThat(theirs.targets()).hasSize(2);
        assertThat(own.people()).extracting(p -> p.name().value()).contains("Maya Chen", "Sam Ortiz");
        assertThat(own.funnels()).hasSize(1);
        assertThat(own.alignment().report().handoffs()).hasSize(1);
        assertThat(own.periodTargets()).hasSize(2);
    }

    @Test
    void theTargetBeingChangedIsReadWithItsContext() {
        KpiTarget own = target(marketing, "average_deal_value", Threshold.atMost("4000"), NEXT_QUARTER);

        TargetEditor editor = service.view(new TargetEditorQuery(
                marketing.id(), NEXT_QUARTER, Optional.of(own.id()), Optional.empty(), Optional.empty()));

        assertThat(editor.editing()).contains(own);
        assertThat(editor.context(own.metric(), Optional.empty(), NEXT_QUARTER)).isPresent();
    }

    @Test
    void anUnknownTeamOrTargetIsNotFound() {
        assertThatThrownBy(() -> service.view(query(new TeamId(99), NEXT_QUARTER, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.view(new TargetEditorQuery(
                        marketing.id(),
                        NEXT_QUARTER,
                        Optional.of(KpiTargetId.newId()),
                        Optional.empty(),
                        Optional.empty())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyASignedInReaderMayOpenTheEditor() {
        world.signOut();
        assertThatThrownBy(() -> service.view(query(marketing, NEXT_QUARTER, null)))
                .isInstanceOf(UnauthenticatedException.class);
        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.view(query(marketing, NEXT_QUARTER, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theQueryRefusesAPeriodThatIsNoneAndIgnoresAMetricThatIsNone() {
        assertThatThrownBy(() -> TargetEditorQuery.of(1L, "2026-Q5", null, null, null, null))
                .isInstanceOf(dev.baton.application.shared.InvalidInputException.class);
        assertThatThrownBy(() -> TargetEditorQuery.of(0L, "2026-Q4", null, null, null, null))
                .isInstanceOf(NotFoundException.class);
        TargetEditorQuery query = TargetEditorQuery.of(1L, "2026-Q4", "", "No Metric!", "mql", "");
        assertThat(query.metric()).isEmpty();
        assertThat(query.scope()).isEmpty();
        assertThat(TargetEditorQuery.of(1L, "2026-Q4", null, "stage_conversion_rate", "mql", "sql")
                        .scope())
                .contains(new StageScope("mql", "sql"));
    }

    private TargetEditorQuery query(Team team, Period period, String metric) {
        return query(team.id(), period, metric);
    }

    private TargetEditorQuery query(TeamId team, Period period, String metric) {
        return new TargetEditorQuery(
                team, period, Optional.empty(), Optional.ofNullable(metric).map(MetricKey::of), Optional.empty());
    }

    private KpiTarget target(Team team, String metric, Threshold threshold, Period period) {
        return world.targets.add(new KpiTarget(
                KpiTargetId.newId(),
                team.id(),
                MetricKey.of(metric),
                Optional.empty(),
                period,
                threshold,
                team.owner(),
                Optional.empty(),
                0));
    }
}
