package dev.baton.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every AdoptedPlans keeps, checked against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AdoptedPlansContractTest {

    private static final Period PERIOD = Period.parse("2039-Q2");

    @Inject
    AdoptedPlans plans;

    private long funnel;
    private TeamId team;

    @BeforeEach
    void aFunnel() {
        long owner = AdminApi.person("Plan Owner", "TEAM_LEAD");
        long id = AdminApi.team("Planned", "SALES", owner);
        team = new TeamId(id);
        funnel = AdminApi.admin()
                .body(Map.of(
                        "name",
                        Names.unique("Contract"),
                        "stages",
                        List.of(
                                Map.of("key", "sql", "name", "SQL", "team", id),
                                Map.of("key", "won", "name", "Won", "team", id))))
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private AdoptedPlan plan(String goal, long sqls, long deals) {
        return new AdoptedPlan(
                funnel,
                PERIOD,
                MetricKey.of("new_revenue"),
                new BigDecimal(goal),
                deals,
                List.of(
                        new AdoptedPlan.Requirement(
                                "sql", team, sqls, Optional.of(new BigDecimal("30")), Optional.of("given")),
                        new AdoptedPlan.Requirement("won", team, deals, Optional.empty(), Optional.empty())),
                "contract-test",
                Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void aSavedPlanReadsBackWithItsStagesInOrder() {
        QuarkusTransaction.requiringNew().run(() -> plans.save(plan("150000", 50, 15)));

        AdoptedPlan read = QuarkusTransaction.requiringNew()
                .call(() -> plans.find(funnel, PERIOD))
                .orElseThrow();

        assertThat(read.goalValue()).isEqualByComparingTo("150000");
        assertThat(read.deals()).isEqualTo(15);
        assertThat(read.stages()).extracting(AdoptedPlan.Requirement::stage).containsExactly("sql", "won");
        assertThat(read.requirement("sql").orElseThrow().rateToNext())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("30"));
        assertThat(read.requirement("sql").orElseThrow().rateSource()).contains("given");
        assertThat(read.requirement("won").orElseThrow().rateToNext()).isEmpty();
        assertThat(read.adoptedAt()).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void savingAgainReplacesThePlanOfTheFunnelAndPeriod() {
        QuarkusTransaction.requiringNew().run(() -> plans.save(plan("150000", 50, 15)));
        QuarkusTransaction.requiringNew().run(() -> plans.save(plan("300000", 100, 30)));

        List<AdoptedPlan> inPeriod = QuarkusTransaction.requiringNew().call(() -> plans.inPeriod(PERIOD));

        assertThat(inPeriod)
                .filteredOn(p -> p.funnel() == funnel)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.deals()).isEqualTo(30);
                    assertThat(p.requirement("sql").orElseThrow().required()).isEqualTo(100);
                });
    }

    @Test
    void anotherPeriodHasNoPlan() {
        QuarkusTransaction.requiringNew().run(() -> plans.save(plan("150000", 50, 15)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> plans.find(funnel, Period.parse("2039-Q3"))))
                .isEmpty();
    }
}
