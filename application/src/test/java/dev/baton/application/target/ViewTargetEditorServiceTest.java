package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.fakes.InMemoryAdoptedPlans;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.TargetEditor.NumberContext;
import dev.baton.application.target.TargetEditor.PastActual;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.CustomMetric;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The target editor's one read, over in-memory ports, on 2 December 2026 (the fourth quarter is running). */
class ViewTargetEditorServiceTest {

    private static final Period NEXT_QUARTER = Period.parse("2027-Q1");

    private final People people = new People();
    private final Teams teams = new Teams();
    private final Targets targets = new Targets();
    private final Ledger ledger = new Ledger();
    private final InMemoryAdoptedPlans adopted = new InMemoryAdoptedPlans();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private Actor actor;
    private ViewTargetEditorService service;

    private Person maya;
    private Team marketing;
    private Team sales;

    @BeforeEach
    void aMarketingAndASalesTeamOnOneFunnel() {
        maya = people.withRoles("Maya Chen", Role.TEAM_LEAD);
        Person sam = people.withRoles("Sam Ortiz", Role.TEAM_LEAD);
        marketing =
                teams.add(Team.create(new TeamId(1), new TeamName("Marketing"), DepartmentKind.MARKETING, maya.id()));
        sales = teams.add(Team.create(new TeamId(2), new TeamName("Sales"), DepartmentKind.SALES, sam.id()));
        Funnels funnels = new Funnels(new StoredFunnel(
                1,
                Funnel.of(
                        "Main",
                        Stage.of("lead", "Lead", marketing.id()),
                        Stage.of("mql", "MQL", marketing.id()),
                        Stage.of("sql", "SQL", sales.id())),
                0));
        actor = new Actor("maya", Optional.of(maya.id()), Set.of(Role.TEAM_LEAD), true);
        AccessPolicy access = new AccessPolicy(() -> actor, new TeamLeadership(teams));
        StoredPlans plans = new StoredPlans(
                () -> teams.teams.values().stream()
                        .filter(t -> !t.archived())
                        .map(t -> new PlanTeam(t.id(), t.name().value(), t.kind()))
                        .toList(),
                funnels,
                targets,
                ledger,
                new MetricCatalogProvider(new NoCustomMetrics()),
                clock);
        service = new ViewTargetEditorService(
                teams,
                targets,
                people,
                plans,
                adopted,
                new MetricCatalogProvider(new NoCustomMetrics()),
                access,
                clock);
        // Sales will win at most 20 deals and bring at least 100,000 in: each deal must be worth 5,000 or more.
        target(sales, "deals", Threshold.atMost("20"), NEXT_QUARTER);
        target(sales, "new_revenue", Threshold.atLeast("100000"), NEXT_QUARTER);
        ledger.quarter("2026-Q1", "average_deal_value", 4000);
        ledger.quarter("2026-Q3", "average_deal_value", 4500);
        ledger.quarter("2026-Q4", "average_deal_value", 9999);
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
        actor = Actor.anonymous();
        assertThatThrownBy(() -> service.view(query(marketing, NEXT_QUARTER, null)))
                .isInstanceOf(UnauthenticatedException.class);
        actor = new Actor("nobody", Optional.empty(), Set.of(), true);
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
        return targets.add(new KpiTarget(
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

    private static final class People implements PersonRepository {
        private final List<Person> people = new ArrayList<>();

        Person withRoles(String name, Role... roles) {
            Person person = Person.create(
                    nextId(),
                    new PersonName(name),
                    new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.com"),
                    Set.of(roles));
            people.add(person);
            return person;
        }

        @Override
        public PersonId nextId() {
            return new PersonId(people.size() + 1);
        }

        @Override
        public Person add(Person person) {
            people.add(person);
            return person;
        }

        @Override
        public Person update(Person person) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public Optional<Person> findById(PersonId id) {
            return people.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public List<Person> findAllById(Collection<PersonId> ids) {
            return people.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public Optional<Person> findByEmail(EmailAddress email) {
            return people.stream().filter(p -> p.email().equals(email)).findFirst();
        }

        @Override
        public Page<Person> list(Optional<String> search, PageRequest page) {
            return new Page<>(List.copyOf(people), page.page(), page.size(), people.size());
        }
    }

    private static final class Teams implements TeamRepository {
        private final Map<TeamId, Team> teams = new LinkedHashMap<>();

        @Override
        public TeamId nextId() {
            return new TeamId(teams.size() + 1);
        }

        @Override
        public Team add(Team team) {
            teams.put(team.id(), team);
            return team;
        }

        @Override
        public Team update(Team team) {
            return add(team);
        }

        @Override
        public Optional<Team> findById(TeamId id) {
            return Optional.ofNullable(teams.get(id));
        }

        @Override
        public List<Team> findAllById(Collection<TeamId> ids) {
            return ids.stream().map(teams::get).filter(t -> t != null).toList();
        }

        @Override
        public boolean activeNameTaken(TeamName name, Optional<TeamId> except) {
            return false;
        }

        @Override
        public List<TeamId> ledBy(PersonId person) {
            return teams.values().stream()
                    .filter(t -> t.isLedBy(person))
                    .map(Team::id)
                    .toList();
        }

        @Override
        public Page<Team> list(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page) {
            List<Team> all = List.copyOf(teams.values());
            return new Page<>(all, page.page(), page.size(), all.size());
        }
    }

    private static final class Targets implements TargetRepository {
        private final List<KpiTarget> targets = new ArrayList<>();

        @Override
        public KpiTarget add(KpiTarget target) {
            targets.add(target);
            return target;
        }

        @Override
        public KpiTarget update(KpiTarget target) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public void remove(KpiTarget target) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public Optional<KpiTarget> findById(KpiTargetId id) {
            return targets.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public Page<KpiTarget> list(
                Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
            throw new UnsupportedOperationException("the editor reads a team's period with of()");
        }

        @Override
        public List<KpiTarget> inPeriods(Collection<Period> periods) {
            return targets.stream().filter(t -> periods.contains(t.period())).toList();
        }

        @Override
        public List<KpiTarget> of(TeamId team, Period period) {
            return targets.stream()
                    .filter(t -> t.team().equals(team) && t.period().equals(period))
                    .toList();
        }

        @Override
        public boolean slotTaken(
                TeamId team,
                MetricKey metric,
                Optional<StageScope> scope,
                Period period,
                Optional<KpiTargetId> except) {
            return false;
        }
    }

    private record Funnels(StoredFunnel funnel) implements FunnelRepository {
        @Override
        public long nextId() {
            return 2;
        }

        @Override
        public StoredFunnel add(StoredFunnel added) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public StoredFunnel update(StoredFunnel changed) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public Optional<StoredFunnel> findById(long id) {
            return id == funnel.id() ? Optional.of(funnel) : Optional.empty();
        }

        @Override
        public List<StoredFunnel> findAll() {
            return List.of(funnel);
        }
    }

    private static final class Ledger implements MeasureLedger {
        private final List<RecordedMeasure> rows = new ArrayList<>();
        int reads;

        void quarter(String period, String measure, long value) {
            rows.add(new RecordedMeasure(
                    Period.parse(period), FunnelRef.ORGANISATION, MetricKey.of(measure), MeasureValue.of(value)));
        }

        @Override
        public void record(Collection<RecordedMeasure> recorded, Recording recording) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public long record(
                SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> recorded, Recording recording) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public PeriodMeasures read(Period period, FunnelRef funnel) {
            throw new UnsupportedOperationException("the editor reads many periods at once");
        }

        @Override
        public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
            reads++;
            return rows.stream()
                    .filter(r -> periods.contains(r.period()))
                    .filter(r -> funnel.map(f -> f.equals(r.funnel())).orElse(true))
                    .toList();
        }
    }

    private static final class NoCustomMetrics implements CustomMetricRepository {
        @Override
        public CustomMetric add(CustomMetric metric) {
            throw new UnsupportedOperationException("the editor only reads");
        }

        @Override
        public List<CustomMetric> findAll() {
            return List.of();
        }

        @Override
        public Optional<CustomMetric> findByKey(MetricKey key) {
            return Optional.empty();
        }
    }
}
