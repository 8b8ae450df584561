package dev.baton.application.team.port;

import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.fakes.InMemoryObligations;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.target.port.TargetRepository;

/** The TeamObligationsContract run against the in-memory fake, over the fakes of funnels and targets it counts. */
class InMemoryObligationsContractTest extends TeamObligationsContract {

    private final InMemoryFunnels funnels = new InMemoryFunnels();
    private final InMemoryTargets targets = new InMemoryTargets();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryObligations obligations = new InMemoryObligations(funnels, targets);

    @Override
    protected TeamObligations obligations() {
        return obligations;
    }

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
