package dev.baton.application.proposal.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every ProposalRepository keeps, run against the in-memory fake and the PostgreSQL adapter so the fake cannot
 * drift from the real store.
 */
public abstract class ProposalRepositoryContract {

    protected abstract ProposalRepository proposals();

    /** A stored, active team. */
    protected abstract TeamId aTeam();

    /** Runs one unit of work (a transaction, for a real store). */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private Proposal aProposal(TeamId from, TeamId to, String period, Instant at) {
        return Proposal.open(
                Optional.of(from),
                to,
                MetricKey.of("mql_to_sql_rate"),
                Optional.of(new StageScope("mql", "sql")),
                Period.parse(period),
                Threshold.atLeast("25"),
                Optional.of("share it with us"),
                Optional.empty(),
                "marketing-lead",
                at);
    }

    @Test
    void aStoredProposalReadsBackAsItWasMade() {
        TeamId from = aTeam();
        TeamId to = aTeam();
        Proposal made = aProposal(from, to, "2026-Q4", Instant.parse("2026-11-02T10:00:00Z"));
        inTransaction(() -> proposals().add(made));
        Proposal read = inTransaction(() -> proposals().findById(made.id())).orElseThrow();
        assertThat(read.toTeam()).isEqualTo(to);
        assertThat(read.fromTeam()).contains(from);
        assertThat(read.scope()).contains(new StageScope("mql", "sql"));
        assertThat(read.threshold()).isEqualTo(Threshold.atLeast("25"));
        assertThat(read.note()).contains("share it with us");
        assertThat(read.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(read.version()).isZero();
    }

    @Test
    void aDecisionMovesTheVersionOnAndAStaleOneIsRefused() {
        Proposal made = aProposal(aTeam(), aTeam(), "2026-Q4", Instant.parse("2026-11-02T10:00:00Z"));
        inTransaction(() -> proposals().add(made));
        Proposal accepted = inTransaction(
                () -> proposals().update(made.accepted("sales-lead", Instant.parse("2026-11-03T10:00:00Z"))));
        assertThat(accepted.version()).isGreaterThan(made.version());
        assertThat(inTransaction(() -> proposals().findById(made.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(ProposalStatus.ACCEPTED);
        assertThatThrownBy(() -> inTransaction(() -> proposals()
                        .update(made.declined("other", Instant.parse("2026-11-03T11:00:00Z"), Optional.empty()))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void proposalsAreFoundByEitherTeamStatusAndPeriodNewestFirst() {
        TeamId marketing = aTeam();
        TeamId sales = aTeam();
        TeamId product = aTeam();
        Proposal older = aProposal(marketing, sales, "2026-Q4", Instant.parse("2026-11-01T10:00:00Z"));
        Proposal newer = aProposal(sales, product, "2026-Q4", Instant.parse("2026-11-05T10:00:00Z"));
        Proposal otherPeriod = aProposal(marketing, sales, "2027-Q1", Instant.parse("2026-11-06T10:00:00Z"));
        inTransaction(() -> proposals().add(older));
        inTransaction(() -> proposals().add(newer));
        inTransaction(() -> proposals().add(otherPeriod));

        assertThat(inTransaction(() -> proposals().find(Optional.of(sales), Optional.empty(), Optional.empty())))
                .extracting(Proposal::id)
                .containsExactly(otherPeriod.id(), newer.id(), older.id());
        assertThat(inTransaction(() -> proposals()
                        .find(
                                Optional.of(sales),
                                Optional.of(ProposalStatus.OPEN),
                                Optional.of(Period.parse("2026-Q4")))))
                .extracting(Proposal::id)
                .containsExactly(newer.id(), older.id());
        assertThat(inTransaction(() -> proposals()
                        .find(Optional.of(marketing), Optional.of(ProposalStatus.ACCEPTED), Optional.empty())))
                .isEmpty();
    }
}
