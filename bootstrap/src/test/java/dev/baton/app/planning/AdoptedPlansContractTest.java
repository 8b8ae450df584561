package dev.baton.app.planning;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.application.planning.port.AdoptedPlansContract;
import dev.baton.domain.team.TeamId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The AdoptedPlansContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AdoptedPlansContractTest extends AdoptedPlansContract {

    @Inject
    AdoptedPlans plans;

    @Override
    protected AdoptedPlans plans() {
        return plans;
    }

    @Override
    protected TeamId aTeam() {
        long owner = AdminApi.person("Plan Owner", "TEAM_LEAD");
        return new TeamId(AdminApi.team("Planned", "SALES", owner));
    }

    @Override
    protected long aFunnel(TeamId team) {
        return AdminApi.admin()
                .body(Map.of(
                        "name",
                        Names.unique("Contract"),
                        "stages",
                        List.of(
                                Map.of("key", "sql", "name", "SQL", "team", team.value()),
                                Map.of("key", "won", "name", "Won", "team", team.value()))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
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
