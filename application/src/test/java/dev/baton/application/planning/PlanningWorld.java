package dev.baton.application.planning;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.audit.Auditor;
import dev.baton.application.fakes.FixedLinks;
import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryAdoptedPlans;
import dev.baton.application.fakes.InMemoryAuditTrail;
import dev.baton.application.fakes.InMemoryCustomMetrics;
import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.fakes.InMemoryLedger;
import dev.baton.application.fakes.InMemoryOutbox;
import dev.baton.application.fakes.InMemoryPlanTeams;
import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.fakes.InMemoryRecipients;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.fakes.PlainMailroom;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.measure.Recording;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.notification.Recipient;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.EmailAddress;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planner's world over the shared in-memory fakes (each kept to its port's contract): a marketing team (owner Mia)
 * and a sales team (owner Sam) on one funnel inquiry → mql → sal → sql → won, on 15 December 2026. Tests sign in as
 * an admin or as a lead and record history.
 */
final class PlanningWorld {

    static final PersonId MIA = new PersonId(11);
    static final PersonId SAM = new PersonId(12);
    static final TeamId MARKETING = new TeamId(1);
    static final TeamId SALES = new TeamId(2);
    static final long FUNNEL = 7;

    final InMemoryTeams teams = new InMemoryTeams();
    final InMemoryFunnels funnels = new InMemoryFunnels();
    final InMemoryTargets targetStore = new InMemoryTargets();
    final InMemoryLedger ledger = new InMemoryLedger();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryAdoptedPlans adopted = new InMemoryAdoptedPlans();
    final InMemoryProposals proposals = new InMemoryProposals();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryRecipients recipients = new InMemoryRecipients();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-15T10:00:00Z"));
    Actor actor = new Actor("admin", Optional.empty(), Set.of(Role.ADMIN), true);

    PlanningWorld() {
        teams.with(Team.create(MARKETING, new TeamName("Marketing"), DepartmentKind.MARKETING, MIA));
        teams.with(Team.create(SALES, new TeamName("Sales"), DepartmentKind.SALES, SAM));
        recipients.add(new Recipient(
                SAM,
                "Sam Sales",
                new EmailAddress("sam@example.com"),
                Set.of(Role.TEAM_LEAD),
                java.util.Locale.ENGLISH,
                true));
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

    /** The stored targets by id. */
    Map<KpiTargetId, KpiTarget> targets() {
        Map<KpiTargetId, KpiTarget> byId = new LinkedHashMap<>();
        targetStore
                .list(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(0, PageRequest.MAX_SIZE))
                .items()
                .forEach(t -> byId.put(t.id(), t));
        return byId;
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
        ledger.record(
                List.of(new RecordedMeasure(
                        Period.parse(month), funnel, MetricKey.of(measure), MeasureValue.of(new BigDecimal(value)))),
                new Recording(clock.instant(), "test"));
        return this;
    }

    PlanWaterfallUseCase planner() {
        return new PlanWaterfallService(waterfallPlanner(), access());
    }

    AdoptWaterfallUseCase adopter() {
        Auditor auditor = new Auditor(audit, () -> actor, clock);
        return new AdoptWaterfallService(
                waterfallPlanner(),
                targetStore,
                adopted,
                auditor,
                access(),
                new PlanProposals(
                        proposals,
                        auditor,
                        new ProposalAlerts(
                                PlainMailroom.over(outbox, recipients),
                                teams,
                                new InMemoryAccounts(),
                                new MetricCatalogProvider(new InMemoryCustomMetrics()),
                                new FixedLinks("links")),
                        clock),
                clock);
    }

    private AccessPolicy access() {
        return new AccessPolicy(() -> actor, new TeamLeadership(teams));
    }

    private WaterfallPlanner waterfallPlanner() {
        MetricCatalogProvider catalogs = new MetricCatalogProvider(new InMemoryCustomMetrics());
        return new WaterfallPlanner(
                new StoredPlans(InMemoryPlanTeams.over(teams), funnels, targetStore, ledger, catalogs, clock),
                ledger,
                teams,
                catalogs,
                clock);
    }
}
