package dev.baton.app.checkin;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.checkin.port.CheckInRepositoryContract;
import dev.baton.domain.target.KpiTargetId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The check-in contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CheckInRepositoryContractTest extends CheckInRepositoryContract {

    @Inject
    CheckInRepository checkIns;

    @Override
    protected CheckInRepository checkIns() {
        return checkIns;
    }

    @Override
    protected KpiTargetId aTarget() {
        long owner = AdminApi.person("Olly Owner", "TEAM_LEAD");
        long team = AdminApi.team("Contract", "OTHER", owner);
        AdminApi.target(team, "new_revenue", "2026-Q4", "AT_LEAST", 1, owner);
        return KpiTargetId.of(AdminApi.admin()
                .queryParam("team", team)
                .get("/api/targets")
                .then()
                .extract()
                .jsonPath()
                .getString("items[0].id"));
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
