package dev.baton.domain.planning;

import static dev.baton.domain.funnel.FunnelTestData.aFunnel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaterfallTest {

    private static final TeamId MARKETING = new TeamId(1);
    private static final TeamId SALES = new TeamId(2);
    private static final TeamId SUCCESS = new TeamId(3);

    private static final Funnel FIVE_STAGES = aFunnel()
            .stage("inquiry", MARKETING)
            .stage("mql", MARKETING)
            .stage("sal", SALES)
            .stage("sql", SALES)
            .stage("won", SALES)
            .stage("renewed", SUCCESS)
            .build();

    private static Map<Boundary, Rate> rates(String... pairs) {
        java.util.LinkedHashMap<Boundary, Rate> rates = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] stages = pairs[i].split(">");
            rates.put(new Boundary(stages[0], stages[1]), Rate.given(pairs[i + 1]));
        }
        return rates;
    }

    private static Waterfall firstExample() {
        return Waterfall.plan(
                FIVE_STAGES,
                "won",
                Goal.newRevenue("150000"),
                Optional.of(DealValue.given("10000")),
                rates("inquiry>mql", "10", "mql>sal", "85", "sal>sql", "60", "sql>won", "30"));
    }

    @Test
    void aGoalOf150000At10000PerDealWithRates10_85_60_30Needs990_99_84_50And15() {
        Waterfall plan = firstExample();

        assertThat(plan.deals()).isEqualTo(15);
        assertThat(plan.stages())
                .extracting(s -> s.stage().key(), StageRequirement::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("inquiry", 990L),
                        org.assertj.core.groups.Tuple.tuple("mql", 99L),
                        org.assertj.core.groups.Tuple.tuple("sal", 84L),
                        org.assertj.core.groups.Tuple.tuple("sql", 50L),
                        org.assertj.core.groups.Tuple.tuple("won", 15L));
    }

    @Test
    void roundingAtEveryStageAsksMoreThanRoundingOnceAtTheEnd() {
        BigDecimal once = new BigDecimal("15").divide(new BigDecimal("0.0153"), 0, java.math.RoundingMode.CEILING);

        assertThat(once).isEqualByComparingTo("981");
        assertThat(firstExample().requirement("inquiry").orElseThrow().required())
                .isEqualTo(990);
    }

    @Test
    void twoMillionAt60000WithA22PercentWinRateNeeds34DealsFrom155Opportunities() {
        Funnel funnel =
                aFunnel().stage("opportunity", SALES).stage("won", SALES).build();

        Waterfall plan = Waterfall.plan(
                funnel,
                "won",
                Goal.newRevenue("2000000"),
                Optional.of(DealValue.given("60000")),
                rates("opportunity>won", "22"));

        assertThat(plan.deals()).isEqualTo(34);
        assertThat(plan.requirement("opportunity").orElseThrow().required()).isEqualTo(155);
    }

    @Test
    void halfAMillionAt10000WithTwoPercentLeadToCustomerNeeds2500Leads() {
        Funnel funnel =
                aFunnel().stage("lead", MARKETING).stage("customer", SALES).build();

        Waterfall plan = Waterfall.plan(
                funnel,
                "customer",
                Goal.newRevenue("500000"),
                Optional.of(DealValue.given("10000")),
                rates("lead>customer", "2"));

        assertThat(plan.deals()).isEqualTo(50);
        assertThat(plan.requirement("lead").orElseThrow().required()).isEqualTo(2500);
    }

    @Test
    void aGoalInDealsNeedsNoDealValueAndRoundsUp() {
        Funnel funnel =
                aFunnel().stage("lead", MARKETING).stage("customer", SALES).build();

        Waterfall plan =
                Waterfall.plan(funnel, "customer", Goal.deals("49.5"), Optional.empty(), rates("lead>customer", "50"));

        assertThat(plan.deals()).isEqualTo(50);
        assertThat(plan.requirement("lead").orElseThrow().required()).isEqualTo(100);
    }

    @Test
    void stagesAfterTheWonStageAreLeftOutOfThePlan() {
        assertThat(firstExample().stages()).extracting(s -> s.stage().key()).doesNotContain("renewed");
        assertThat(Waterfall.boundaries(FIVE_STAGES, "won"))
                .extracting(Boundary::text)
                .containsExactly("inquiry>mql", "mql>sal", "sal>sql", "sql>won");
    }

    @Test
    void eachTeamHoldsTheEntriesOfEveryStageItOwns() {
        List<ProposedTarget> proposed = firstExample().proposedTargets();

        assertThat(proposed)
                .filteredOn(t -> t.reason() == ProposedTarget.Reason.OWNS_STAGE)
                .extracting(t -> t.team().value() + " " + t.metric() + " ≥ "
                        + t.threshold().lower().orElseThrow())
                .containsExactly(
                        "1 entered:inquiry ≥ 990",
                        "1 entered:mql ≥ 99",
                        "2 entered:sal ≥ 84",
                        "2 entered:sql ≥ 50",
                        "2 entered:won ≥ 15");
    }

    @Test
    void everyHandoffOfThePlannedStagesIsHeldByBothTeamsWithTheSameNumber() {
        Waterfall plan = firstExample();
        List<ProposedTarget> proposed = plan.proposedTargets();

        List<Handoff> planned = FIVE_STAGES.handoffs().stream()
                .filter(h -> plan.requirement(h.to().key()).isPresent())
                .toList();
        assertThat(planned).extracting(Handoff::toString).containsExactly("mql→sal");
        for (Handoff handoff : planned) {
            MetricKey entries = MetricKey.stageEntries(handoff.to().key());
            assertThat(proposed)
                    .filteredOn(t -> t.metric().equals(entries))
                    .extracting(ProposedTarget::team, t -> t.threshold().lower().orElseThrow())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(handoff.fromTeam(), new BigDecimal("84")),
                            org.assertj.core.groups.Tuple.tuple(handoff.toTeam(), new BigDecimal("84")));
        }
    }

    @Test
    void aFunnelWithHandoffsAtEveryStageHasEachOneCovered() {
        Funnel relay = aFunnel()
                .stage("lead", MARKETING)
                .stage("sql", SALES)
                .stage("won", SUCCESS)
                .build();

        List<ProposedTarget> proposed = Waterfall.plan(
                        relay, "won", Goal.deals("10"), Optional.empty(), rates("lead>sql", "20", "sql>won", "50"))
                .proposedTargets();

        for (Handoff handoff : relay.handoffs()) {
            MetricKey entries = MetricKey.stageEntries(handoff.to().key());
            assertThat(proposed)
                    .filteredOn(t -> t.metric().equals(entries))
                    .extracting(ProposedTarget::team)
                    .contains(handoff.fromTeam(), handoff.toTeam());
        }
    }

    @Test
    void theWonStagesTeamAndTheTeamBeforeItHoldTheGoal() {
        List<ProposedTarget> proposed = firstExample().proposedTargets();

        assertThat(proposed)
                .filteredOn(t -> t.reason() == ProposedTarget.Reason.GOAL)
                .extracting(t -> t.team().value() + " " + t.metric() + " ≥ "
                        + t.threshold().lower().orElseThrow())
                .containsExactly("1 new_revenue ≥ 150000", "2 new_revenue ≥ 150000");
    }

    @Test
    void aMissingRateIsRefused() {
        assertThatThrownBy(() -> Waterfall.plan(
                        FIVE_STAGES,
                        "won",
                        Goal.deals("15"),
                        Optional.empty(),
                        rates("inquiry>mql", "10", "mql>sal", "85", "sal>sql", "60")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sql>won");
    }

    @Test
    void theFirstStageOrAStageOutsideTheFunnelCannotBeTheWonStage() {
        assertThat(Waterfall.canBeWon(FIVE_STAGES, "won")).isTrue();
        assertThat(Waterfall.canBeWon(FIVE_STAGES, "inquiry")).isFalse();
        assertThat(Waterfall.canBeWon(FIVE_STAGES, "nowhere")).isFalse();
        assertThatThrownBy(() -> Waterfall.boundaries(FIVE_STAGES, "nowhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateMustLieAbove0AndAtMost100() {
        assertThat(Rate.isValid(new BigDecimal("100"))).isTrue();
        assertThat(Rate.isValid(new BigDecimal("0.5"))).isTrue();
        assertThat(Rate.isValid(BigDecimal.ZERO)).isFalse();
        assertThat(Rate.isValid(new BigDecimal("100.01"))).isFalse();
        assertThatThrownBy(() -> Rate.given("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGoalMustLieAbove0() {
        assertThatThrownBy(() -> Goal.newRevenue("0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Goal.newRevenue("150000.00").value()).isEqualByComparingTo("150000");
    }
}
