package dev.baton.app.proposal;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.proposal.port.ProposalRepositoryContract;
import dev.baton.domain.team.TeamId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The proposal contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProposalRepositoryContractTest extends ProposalRepositoryContract {

    @Inject
    ProposalRepository proposals;

    @Override
    protected ProposalRepository proposals() {
        return proposals;
    }

    @Override
    protected TeamId aTeam() {
        return new TeamId(AdminApi.team("Contract", "OTHER", AdminApi.person("Olly Owner", "TEAM_LEAD")));
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
