package dev.baton.app.crm;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.crm.port.CrmMappingRepository;
import dev.baton.application.crm.port.CrmMappingRepositoryContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The CrmMappingRepositoryContract checked against the PostgreSQL adapter, each step in a transaction of its own. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CrmMappingRepositoryContractTest extends CrmMappingRepositoryContract {

    @Inject
    CrmMappingRepository mappings;

    @Override
    protected CrmMappingRepository mappings() {
        return mappings;
    }

    @Override
    protected long aFunnel() {
        long owner = AdminApi.person("Crm Owner", "TEAM_LEAD");
        long team = AdminApi.team("Crm", "SALES", owner);
        return AdminApi.admin()
                .body(Map.of(
                        "name",
                        Names.unique("Crm contract"),
                        "stages",
                        List.of(
                                Map.of("key", "sql", "name", "SQL", "team", team),
                                Map.of("key", "won", "name", "Won", "team", team))))
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
