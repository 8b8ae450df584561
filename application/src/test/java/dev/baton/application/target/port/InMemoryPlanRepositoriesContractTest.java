package dev.baton.application.target.port;

import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;

/** The PlanRepositoriesContract run against the in-memory fake, so the fake services are tested over cannot drift from PostgreSQL. */
class InMemoryPlanRepositoriesContractTest extends PlanRepositoriesContract {

    private final InMemoryFunnels funnels = new InMemoryFunnels();
    private final InMemoryTargets targets = new InMemoryTargets();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected FunnelRepository funnels() {
        return funnels;
    }

    @Override
    protected TargetRepository targets() {
        return targets;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }
}
