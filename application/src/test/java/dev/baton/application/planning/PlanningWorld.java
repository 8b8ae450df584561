package dev.baton.application.planning;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.Auditor;
import dev.baton.application.fakes.InMemoryAdoptedPlans;
import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
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
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
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

/**
 * The planner's world over in-memory stores: a marketing team (owner Mia) and a sales team (owner Sam) on one funnel
 * inquiry → mql → sal → sql → won, on 15 December 2026. Tests sign in as an admin or as a lead and record history.
 */
final class PlanningWorld {

    static final PersonId MIA = new PersonId(11);
    static final PersonId SAM = new PersonId(12);
    static final TeamId MARKETING = new TeamId(1);
    static final TeamId SALES = new TeamId(2);
    static final long FUNNEL = 7;

    final Map<TeamId, Team> teams = new LinkedHashMap<>();
    final List<StoredFunnel> funnels = new ArrayList<>();
    final Map<KpiTargetId, KpiTarget> targets = new LinkedHashMap<>();
    final List<RecordedMeasure> measures = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final InMemoryAdoptedPlans adopted = new InMemoryAdoptedPlans();
    final InMemoryProposals proposals = new InMemoryProposals();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-15T10:00:00Z"));
    Actor actor = new Actor("admin", Optional.empty(), Set.of(Role.ADMIN), true);

    PlanningWorld() {
        teams.put(MARKETING, Team.create(MARKETING, new TeamName("Marketing"), DepartmentKind.MARKETING, MIA));
        teams.put(SALES, Team.create(SALES, new TeamName("Sales"), DepartmentKind.SALES, SAM));
        funnels.add(new StoredFunnel(
                FUNNEL,
                Funnel.of(
                        "Main",
                        Stage.of("inquiry", "Inquiry", MARKETING),
                        Stage.of("mql", "MQL", MARKETING),
                        Stage.of("sal", "SAL", SALES),
                        Stage.of("sql", "SQL", SALES),
                        Stage.of("won", "Won", SALES)),
                0));
    }

    PlanningWorld signedInAsLeadOf(PersonId person) {
        actor = new Actor("lead", Optional.of(person), Set.of(Role.TEAM_LEAD), true);
        return this;
    }

    PlanningWorld signedOut() {
        actor = Actor.anonymous();
        return this;
    }

    PlanningWorld record(String month, FunnelRef funnel, String measure, String value) {
        measures.add(new RecordedMeasure(
                Period.parse(month), funnel, MetricKey.of(measure), MeasureValue.of(new BigDecimal(value))));
        return this;
    }

    PlanWaterfallUseCase planner() {
        return new PlanWaterfallService(waterfallPlanner(), access());
    }

    AdoptWaterfallUseCase adopter() {
        Auditor auditor = new Auditor(audit::add, () -> actor, clock);
        return new AdoptWaterfallService(
                waterfallPlanner(),
                targetRepository(),
                adopted,
                auditor,
                access(),
                new PlanProposals(proposals, auditor, clock),
                clock);
    }

    private AccessPolicy access() {
        return new AccessPolicy(() -> actor, new TeamLeadership(teamRepository()));
    }

    private WaterfallPlanner waterfallPlanner() {
        return new WaterfallPlanner(
                new StoredPlans(
                        () -> teams.values().stream()
                                .filter(t -> !t.archived())
                                .map(t -> new PlanTeam(t.id(), t.name().value(), t.kind()))
                                .toList(),
                        funnelRepository(),
                        targetRepository(),
                        ledger(),
                        new MetricCatalogProvider(new NoCustomMetrics()),
                        clock),
                ledger(),
                teamRepository(),
                new MetricCatalogProvider(new NoCustomMetrics()),
                clock);
    }

    private TeamRepository teamRepository() {
        return new TeamRepository() {
            @Override
            public TeamId nextId() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Team add(Team team) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Team update(Team team) {
                throw new UnsupportedOperationException();
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
                return new Page<>(all, 0, PageRequest.MAX_SIZE, all.size());
            }
        };
    }

    private FunnelRepository funnelRepository() {
        return new FunnelRepository() {
            @Override
            public long nextId() {
                throw new UnsupportedOperationException();
            }

            @Override
            public StoredFunnel add(StoredFunnel funnel) {
                funnels.add(funnel);
                return funnel;
            }

            @Override
            public StoredFunnel update(StoredFunnel funnel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StoredFunnel> findById(long id) {
                return funnels.stream().filter(f -> f.id() == id).findFirst();
            }

            @Override
            public List<StoredFunnel> findAll() {
                return List.copyOf(funnels);
            }
        };
    }

    private TargetRepository targetRepository() {
        return new TargetRepository() {
            @Override
            public KpiTarget add(KpiTarget target) {
                targets.put(target.id(), target);
                return target;
            }

            @Override
            public KpiTarget update(KpiTarget target) {
                KpiTarget stored = targets.get(target.id());
                if (stored == null || stored.version() != target.version()) {
                    throw new IllegalStateException("stale " + target.id());
                }
                KpiTarget moved = target.withVersion(target.version() + 1);
                targets.put(target.id(), moved);
                return moved;
            }

            @Override
            public void remove(KpiTarget target) {
                targets.remove(target.id());
            }

            @Override
            public Optional<KpiTarget> findById(KpiTargetId id) {
                return Optional.ofNullable(targets.get(id));
            }

            @Override
            public Page<KpiTarget> list(
                    Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<KpiTarget> inPeriods(Collection<Period> periods) {
                return targets.values().stream()
                        .filter(t -> periods.contains(t.period()))
                        .toList();
            }

            @Override
            public List<KpiTarget> of(TeamId team, Period period) {
                return targets.values().stream()
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
                return targets.values().stream()
                        .anyMatch(t -> t.team().equals(team)
                                && t.metric().equals(metric)
                                && t.scope().equals(scope)
                                && t.period().equals(period)
                                && except.map(e -> !e.equals(t.id())).orElse(true));
            }
        };
    }

    private MeasureLedger ledger() {
        return new MeasureLedger() {
            @Override
            public void record(Collection<RecordedMeasure> rows, Recording recording) {
                measures.addAll(rows);
            }

            @Override
            public long record(
                    SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PeriodMeasures read(Period period, FunnelRef funnel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
                return measures.stream()
                        .filter(m -> periods.contains(m.period()))
                        .filter(m -> funnel.map(f -> f.equals(m.funnel())).orElse(true))
                        .toList();
            }
        };
    }

    private static final class NoCustomMetrics implements CustomMetricRepository {
        @Override
        public CustomMetric add(CustomMetric metric) {
            throw new UnsupportedOperationException();
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
