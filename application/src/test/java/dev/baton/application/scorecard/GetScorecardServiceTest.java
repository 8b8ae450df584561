package dev.baton.application.scorecard;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.alignment.PlanStore;
import dev.baton.application.fakes.CountingScorecardCacheMetrics;
import dev.baton.domain.alignment.PlanTestData;
import dev.baton.domain.funnel.FunnelTestData;
import dev.baton.domain.period.Period;
import dev.baton.domain.scorecard.Tolerance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scorecard over in-memory stores: what it shows, who may see it, and when a computed one is reused. */
class GetScorecardServiceTest {

    private final PlanStore store = new PlanStore();
    private final AtomicInteger commits = new AtomicInteger();
    private final CountingScorecardCacheMetrics cache = new CountingScorecardCacheMetrics();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC);
    private final GetScorecardService service = new GetScorecardService(
            store.storedPlans(clock),
            store.ledger(),
            () -> Tolerance.DEFAULT,
            store.access(),
            () -> "v" + commits.get(),
            clock,
            cache);

    private final ScorecardQuery september = ScorecardQuery.of("2026-09");

    @BeforeEach
    void aSmallCompany() {
        store.teams.add(PlanTestData.marketing());
        store.teams.add(PlanTestData.sales());
        store.funnel(FunnelTestData.aFunnel()
                .stage("mql", MARKETING)
                .stage("sql", SALES)
                .build());
        store.targets.add(aTarget()
                .forTeam(SALES)
                .on("leads")
                .in("2026-09")
                .atLeast("100")
                .build());
        store.record("2026-08", "leads", 90);
        store.record("2026-09", "leads", 120);
    }

    @Test
    void eachTeamsCardShowsItsTargetsWithTheirActualAndTrend() {
        Scorecard scorecard = service.scorecard(september);

        assertThat(scorecard.period()).isEqualTo(Period.month(2026, 9));
        assertThat(scorecard.teams()).hasSize(2);
        Scorecard.TeamCard sales = scorecard.teams().get(1);
        assertThat(sales.team().name()).isEqualTo("Sales");
        assertThat(sales.kpis()).singleElement().satisfies(line -> {
            assertThat(line.standing().actual()).contains(java.math.BigDecimal.valueOf(120));
            assertThat(line.trend()).hasSize(GetScorecardService.TREND_LENGTH);
        });
        assertThat(scorecard.teams().get(0).kpis()).isEmpty();
    }

    @Test
    void theScorecardReadsTheLedgerOnce() {
        service.scorecard(september);

        assertThat(store.ledgerReads()).isEqualTo(1);
    }

    @Test
    void anUnchangedSecondReadIsAHit() {
        Scorecard first = service.scorecard(september);
        Scorecard second = service.scorecard(september);

        assertThat(second).isSameAs(first);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(store.ledgerReads()).isEqualTo(1);
    }

    @Test
    void aCommitBetweenReadsIsAMiss() {
        service.scorecard(september);
        commits.incrementAndGet();
        service.scorecard(september);

        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void aCommitDuringTheComputationKeepsTheResultFromBeingReused() {
        store.onLedgerRead(commits::incrementAndGet);
        service.scorecard(september);
        store.onLedgerRead(() -> {});

        service.scorecard(september);

        assertThat(cache.hits()).isZero();
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void someoneWithNoReadingRoleIsRefused() {
        store.actor.set(new Actor("nobody", Optional.empty(), Set.of(), true));

        assertThatThrownBy(() -> service.scorecard(september)).isInstanceOf(ForbiddenException.class);
        assertThat(cache.hits() + cache.misses()).isZero();
    }
}
