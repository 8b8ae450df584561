package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import org.junit.jupiter.api.Test;

class NoUnresolvedTensionTest extends OverBothCatalogs {

    private final NoUnresolvedTension rule = new NoUnresolvedTension();

    @Test
    void volumeUpAgainstConversionUpInAnotherTeamIsATension() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("lead_count").atLeast("2000"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("25"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TENSION);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.teams()).containsExactly(MARKETING, SALES);
            assertThat(f.metrics()).containsExactly(MetricKey.of("lead_count"), MetricKey.of("stage_conversion_rate"));
            assertThat(en(f.phrase()))
                    .contains("Marketing pushes " + inText("lead_count") + " up", "volume vs. quality");
            assertThat(zh(f.phrase())).contains("数量与质量");
        });
    }

    @Test
    void aTensionIsQuietWhenOneTeamAlsoHoldsTheOthersMetric() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("lead_count").atLeast("2000"))
                .target(aTarget()
                        .forTeam(MARKETING)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("20"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("25"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aBetweenTargetPushesNeitherWay() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("cac").between("300", "500"))
                .target(aTarget().forTeam(SALES).on("sales_expense").atLeast("100000"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void growthAgainstCacAppliesOnlyWhenSpendIsCapped() {
        var uncapped = aPlan().target(
                        aTarget().forTeam(SALES).on("new_customers").atLeast("50"))
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("400"));
        assertThat(rule.check(uncapped.build())).isEmpty();

        var capped = uncapped.target(
                aTarget().forTeam(MARKETING).on("marketing_expense").atMost("20000"));
        assertThat(rule.check(capped.build())).extracting(Finding::code).containsExactly(FindingCode.TENSION);
    }

    @Test
    void theTensionCatalogIsData() {
        AlignmentPlan plan = aPlan().tensions(TensionCatalog.empty())
                .target(aTarget().forTeam(MARKETING).on("lead_count").atLeast("2000"))
                .target(aTarget().forTeam(SALES).on("paid_conversion_rate").atLeast("25"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void holdingTheOthersMetricForTheQuarterResolvesTheTension() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("lead_count").atLeast("2000"))
                .target(aTarget()
                        .forTeam(MARKETING)
                        .on("paid_conversion_rate")
                        .in("2026-Q3")
                        .atLeast("5"))
                .target(aTarget().forTeam(SALES).on("paid_conversion_rate").atLeast("8"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aConversionBetweenOtherStagesDoesNotResolveIt() {
        AlignmentPlan plan = aPlan().target(
                        aTarget().forTeam(MARKETING).on("lead_count").atLeast("2000"))
                .target(aTarget()
                        .forTeam(MARKETING)
                        .on("stage_conversion_rate", "lead", "mql")
                        .atLeast("20"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("25"))
                .build();

        assertThat(rule.check(plan)).extracting(Finding::code).containsExactly(FindingCode.TENSION);
    }
}
