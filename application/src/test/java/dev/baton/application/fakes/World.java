package dev.baton.application.fakes;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import java.time.Instant;

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
    public final InMemoryObligations obligations = new InMemoryObligations();
    public final PrefixHasher hasher = new PrefixHasher();
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
