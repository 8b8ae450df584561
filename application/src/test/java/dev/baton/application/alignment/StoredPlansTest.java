package dev.baton.application.alignment;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.PlanTestData;
import dev.baton.domain.funnel.FunnelTestData;
import dev.baton.domain.measure.MeasureRollUp;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the stored plan of a period is assembled, and which actuals the rules may hold against it, on 15 November 2026. */
class StoredPlansTest {

    private static final MetricKey LEADS = MetricKey.of("leads");
    private static final MetricKey REVENUE = MetricKey.of("revenue");

    private final PlanStore store = new PlanStore();
    private final StoredPlans plans =
            store.storedPlans(Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC));

    private final Map<Period, Map<MetricKey, BigDecimal>> recorded = new HashMap<>();

    private RolledUpMeasures measuresOf(Period period) {
        return new MeasureRollUp(BuiltInMetricCatalog.instance()).rollUp(period, recorded);
    }

    private void record(String period, MetricKey measure, long value) {
        recorded.computeIfAbsent(Period.parse(period), p -> new HashMap<>()).put(measure, BigDecimal.valueOf(value));
    }

    @Test
    void anEndedQuarterGivesTheRulesTheMeasuresThatCoverAllOfIt() {
        record("2026-07", LEADS, 100);
        record("2026-08", LEADS, 100);
        record("2026-09", LEADS, 100);
        record("2026-09", REVENUE, 5000);

        assertThat(plans.settledActuals(measuresOf(Period.quarter(2026, 3))))
                .containsOnlyKeys(LEADS)
                .containsEntry(LEADS, BigDecimal.valueOf(300));
    }

    @Test
    void aRunningPeriodGivesTheRulesNothingSinceItsValuesAreOnlySoFar() {
        record("2026-Q4", LEADS, 900);
        record("2026-11", REVENUE, 5000);

        assertThat(plans.isRunning(Period.quarter(2026, 4))).isTrue();
        assertThat(plans.settledActuals(measuresOf(Period.quarter(2026, 4)))).isEmpty();
        assertThat(plans.settledActuals(measuresOf(Period.month(2026, 11)))).isEmpty();
        assertThat(plans.isRunning(Period.month(2026, 10))).isFalse();
    }

    @Test
    void thePlanOfAPeriodHoldsTheActiveTeamsEveryFunnelAndTheTargetsInForce() {
        store.teams.add(PlanTestData.marketing());
        store.teams.add(PlanTestData.sales());
        store.teams.add(PlanTeam.of(9, "Gone", DepartmentKind.OTHER));
        store.teams.archive(new TeamId(9));
        store.funnel(FunnelTestData.aFunnel()
                .stage("mql", MARKETING)
                .stage("sql", SALES)
                .build());
        KpiTarget september = aTarget()
                .forTeam(MARKETING)
                .on("cac")
                .in("2026-09")
                .atMost("500")
                .build();
        KpiTarget quarter = aTarget()
                .forTeam(SALES)
                .on("new_revenue")
                .in("2026-Q3")
                .atLeast("1000")
                .build();
        KpiTarget october = aTarget()
                .forTeam(SALES)
                .on("new_revenue")
                .in("2026-10")
                .atLeast("1000")
                .build();
        List.of(september, quarter, october).forEach(store.targets::add);

        StoredPlan plan = plans.planOf(Period.month(2026, 9));

        assertThat(plan.teams()).extracting(PlanTeam::name).containsExactly("Marketing", "Sales");
        assertThat(plan.funnels()).hasSize(1);
        assertThat(plan.plan().funnels()).hasSize(1);
        assertThat(plan.targets()).containsExactlyInAnyOrder(september, quarter);
        assertThat(plan.catalog().find(MetricKey.of("cac"))).isPresent();
    }

    @Test
    void anEndedPeriodsMeasuresAreThePlansActuals() {
        store.record("2026-09", "leads", 120);

        StoredPlan plan = plans.planOf(Period.month(2026, 9));

        assertThat(plan.plan().actuals()).containsEntry(LEADS, BigDecimal.valueOf(120));
    }

    @Test
    void aRunningPeriodsMeasuresAreShownButNotHeldAgainstTheTargets() {
        store.record("2026-11", "leads", 40);

        StoredPlan plan = plans.planOf(Period.month(2026, 11));

        assertThat(plan.plan().actuals()).isEmpty();
        assertThat(plan.measures().get(Period.month(2026, 11)).wholeAmounts())
                .containsEntry(LEADS, BigDecimal.valueOf(40));
    }

    @Test
    void theMeasuresOfMorePeriodsComeFromTheSameLedgerRead() {
        store.targets.add(
                aTarget().forTeam(SALES).on("leads").in("2026-Q3").atLeast("10").build());
        store.record("2026-08", "leads", 70);
        store.record("2026-09", "leads", 80);

        StoredPlan plan = plans.planOf(
                Period.month(2026, 9),
                inForce -> inForce.stream().map(KpiTarget::period).toList());

        assertThat(store.ledgerReads()).isEqualTo(1);
        assertThat(plan.measures()).containsOnlyKeys(Period.month(2026, 9), Period.quarter(2026, 3));
        assertThat(plan.measures().get(Period.quarter(2026, 3)).amounts())
                .containsEntry(LEADS, BigDecimal.valueOf(150));
    }

    @Test
    void aQuarterSeenFromItsFirstMonthLeavesOutTheLaterMonths() {
        store.targets.add(
                aTarget().forTeam(SALES).on("leads").in("2026-Q3").atLeast("10").build());
        store.record("2026-07", "leads", 60);
        store.record("2026-08", "leads", 70);

        StoredPlan plan = plans.planOf(
                Period.month(2026, 7),
                inForce -> inForce.stream().map(KpiTarget::period).toList());

        assertThat(plan.measures().get(Period.quarter(2026, 3)).amounts()).containsEntry(LEADS, BigDecimal.valueOf(60));
    }

    @Test
    void aWhatIfPlanKeepsEverythingButTheTargets() {
        store.teams.add(PlanTestData.marketing());
        store.record("2026-09", "leads", 120);
        store.targets.add(aTarget()
                .forTeam(MARKETING)
                .on("cac")
                .in("2026-09")
                .atMost("500")
                .build());
        StoredPlan plan = plans.planOf(Period.month(2026, 9));

        StoredPlan changed = plan.withTargets(List.of());

        assertThat(changed.targets()).isEmpty();
        assertThat(changed.teams()).isEqualTo(plan.teams());
        assertThat(changed.plan().actuals()).isEqualTo(plan.plan().actuals());
    }
}
