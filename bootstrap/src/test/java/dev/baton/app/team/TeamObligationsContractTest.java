package dev.baton.app.team;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamObligations;
import dev.baton.application.team.port.TeamObligationsContract;
import dev.baton.application.team.port.TeamRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The TeamObligationsContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TeamObligationsContractTest extends TeamObligationsContract {

    @Inject
    TeamObligations obligations;

    @Inject
    FunnelRepository funnels;

    @Inject
    TargetRepository targets;

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

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

    @Override
    protected <T> T call(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    @Override
    protected void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }
}
