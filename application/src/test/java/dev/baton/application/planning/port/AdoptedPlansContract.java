package dev.baton.application.planning.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.planning.AdoptedPlan;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every AdoptedPlans keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AdoptedPlansContract extends PortContract {

    private static final Period PERIOD = Period.parse("2039-Q2");

    protected abstract AdoptedPlans plans();

    /** A stored team. */
    protected abstract TeamId aTeam();

    /** A stored funnel with the stages {@code sql} and {@code won}, both owned by {@code team}. */
    protected abstract long aFunnel(TeamId team);

    private TeamId team;
    private long funnel;

    @BeforeEach
    public void aFunnel() {
        team = aTeam();
        funnel = aFunnel(team);
    }

    private AdoptedPlan plan(long funnel, String goal, long sqls, long deals) {
        return new AdoptedPlan(
                funnel,
                PERIOD,
                MetricKey.of("new_revenue"),
                new BigDecimal(goal),
                deals,
                List.of(
                        new AdoptedPlan.Requirement(
                                "sql", team, sqls, Optional.of(new BigDecimal("30.0")), Optional.of("given")),
                        new AdoptedPlan.Requirement("won", team, deals, Optional.empty(), Optional.empty())),
                "contract-test",
                Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    public void aSavedPlanReadsBackWithItsStagesInOrderAndItsNumbersWithoutTrailingZeros() {
        run(() -> plans().save(plan(funnel, "150000.00", 50, 15)));

        AdoptedPlan read = call(() -> plans().find(funnel, PERIOD)).orElseThrow();

        assertThat(read.funnel()).isEqualTo(funnel);
        assertThat(read.period()).isEqualTo(PERIOD);
        assertThat(read.goalMetric()).isEqualTo(MetricKey.of("new_revenue"));
        assertThat(read.goalValue()).isEqualTo(new BigDecimal("150000.00").stripTrailingZeros());
        assertThat(read.deals()).isEqualTo(15);
        assertThat(read.stages()).extracting(AdoptedPlan.Requirement::stage).containsExactly("sql", "won");
        assertThat(read.requirement("sql").orElseThrow().team()).isEqualTo(team);
        assertThat(read.requirement("sql").orElseThrow().required()).isEqualTo(50);
        assertThat(read.requirement("sql").orElseThrow().rateToNext())
                .contains(new BigDecimal("30.0").stripTrailingZeros());
        assertThat(read.requirement("sql").orElseThrow().rateSource()).contains("given");
        assertThat(read.requirement("won").orElseThrow().rateToNext()).isEmpty();
        assertThat(read.requirement("won").orElseThrow().rateSource()).isEmpty();
        assertThat(read.adoptedBy()).isEqualTo("contract-test");
        assertThat(read.adoptedAt()).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    public void savingAgainReplacesThePlanOfTheFunnelAndPeriodWithItsStages() {
        run(() -> plans().save(plan(funnel, "150000", 50, 15)));
        AdoptedPlan fewer = new AdoptedPlan(
                funnel,
                PERIOD,
                MetricKey.of("deals"),
                new BigDecimal("30"),
                30,
                List.of(new AdoptedPlan.Requirement("won", team, 30, Optional.empty(), Optional.empty())),
                "again",
                Instant.parse("2026-12-03T06:00:00Z"));
        run(() -> plans().save(fewer));

        List<AdoptedPlan> inPeriod = call(() -> plans().inPeriod(PERIOD));

        assertThat(inPeriod)
                .filteredOn(p -> p.funnel() == funnel)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.deals()).isEqualTo(30);
                    assertThat(p.goalMetric()).isEqualTo(MetricKey.of("deals"));
                    assertThat(p.stages())
                            .extracting(AdoptedPlan.Requirement::stage)
                            .containsExactly("won");
                    assertThat(p.adoptedBy()).isEqualTo("again");
                });
    }

    @Test
    public void anotherPeriodHasNoPlan() {
        run(() -> plans().save(plan(funnel, "150000", 50, 15)));

        assertThat(call(() -> plans().find(funnel, Period.parse("2039-Q3")))).isEmpty();
        assertThat(call(() -> plans().inPeriod(Period.parse("2039-Q3")))).noneMatch(p -> p.funnel() == funnel);
    }

    @Test
    public void thePlansOfAPeriodComeByFunnel() {
        long second = aFunnel(team);
        run(() -> plans().save(plan(second, "2000", 20, 2)));
        run(() -> plans().save(plan(funnel, "1000", 10, 1)));

        assertThat(call(() -> plans().inPeriod(PERIOD)))
                .extracting(AdoptedPlan::funnel)
                .filteredOn(id -> id == funnel || id == second)
                .containsExactly(funnel, second);
    }
}
