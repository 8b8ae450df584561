package dev.baton.application.fakes;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.audit.Auditor;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.planning.WaterfallPlanner;
import dev.baton.application.target.TargetChecks;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import java.time.Instant;
import java.util.Optional;

/**
 * Every output port as its in-memory fake, and the application's own helpers built over them: what a service test
 * needs to build the service as CDI would, with a few people to act as. Fresh per test.
 */
public final class World {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-15T10:00:00Z"));
    public final ActingAs actor = ActingAs.nobody();
    public final InMemoryPeople people = new InMemoryPeople();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryTargets targets = new InMemoryTargets();
    public final InMemoryFunnels funnels = new InMemoryFunnels();
    public final InMemoryLedger ledger = new InMemoryLedger();
    public final InMemoryCustomMetrics customMetrics = new InMemoryCustomMetrics();
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryApiTokens tokens = new InMemoryApiTokens();
    public final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryObligations obligations = new InMemoryObligations(funnels, targets);
    public final PrefixHasher hasher = new PrefixHasher();
    public final InMemoryPlanTeams planTeams = InMemoryPlanTeams.over(teams);
    public final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    public final InMemoryProposals proposals = new InMemoryProposals();
    public final InMemoryCrmMappings crmMappings = new InMemoryCrmMappings();
    public final InMemoryAdoptedPlans adoptedPlans = new InMemoryAdoptedPlans();
    public final InMemoryPreferences preferences = new InMemoryPreferences(people);
    public final InMemoryWebhookSettings webhooks = new InMemoryWebhookSettings();

    public AccessPolicy access() {
        return new AccessPolicy(actor, new TeamLeadership(teams));
    }

    public Auditor auditor() {
        return new Auditor(audit, actor, clock);
    }

    public MetricCatalogProvider catalogs() {
        return new MetricCatalogProvider(customMetrics);
    }

    /** The one assembly of a period's stored plan, over this world's teams, funnels, targets and ledger. */
    public StoredPlans storedPlans() {
        return new StoredPlans(planTeams, funnels, targets, ledger, catalogs(), clock);
    }

    public TargetChecks targetChecks() {
        return new TargetChecks(teams, people, funnels);
    }

    public WaterfallPlanner waterfallPlanner() {
        return new WaterfallPlanner(storedPlans(), ledger, teams, catalogs(), clock);
    }

    /** A new funnel of these stages. */
    public StoredFunnel funnel(String name, Stage... stages) {
        return funnels.add(new StoredFunnel(funnels.nextId(), Funnel.of(name, stages), 0));
    }

    /** A new target of the team on this organisation-wide metric, owned by the team's owner. */
    public KpiTarget target(Team team, String metric, String period, Threshold bar) {
        return targets.add(new KpiTarget(
                KpiTargetId.newId(),
                team.id(),
                MetricKey.of(metric),
                Optional.empty(),
                Period.parse(period),
                bar,
                team.owner(),
                Optional.empty(),
                0));
    }

    /** A new person with these roles. */
    public Person person(String name, Role... roles) {
        return people.withRoles(name, roles);
    }

    /** A new team led by this owner. */
    public Team team(String name, DepartmentKind kind, Person owner) {
        return teams.add(Team.create(teams.nextId(), new TeamName(name), kind, owner.id()));
    }

    /** From now on an admin makes the calls. */
    public Person signInAdmin() {
        return signIn(person("Ada Admin", Role.ADMIN));
    }

    /** From now on this person makes the calls. */
    public Person signIn(Person person) {
        actor.now(person);
        return person;
    }

    /** From now on nobody is signed in. */
    public void signOut() {
        actor.anonymous();
    }
}
