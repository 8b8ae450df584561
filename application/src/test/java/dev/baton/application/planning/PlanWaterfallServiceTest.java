package dev.baton.application.planning;

import static dev.baton.application.planning.PlanningWorld.FUNNEL;
import static dev.baton.application.planning.PlanningWorld.MARKETING;
import static dev.baton.application.planning.PlanningWorld.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.planning.Boundary;
import dev.baton.domain.planning.StageRequirement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanWaterfallServiceTest {

    private final PlanningWorld world = new PlanningWorld();

    static WaterfallRequest request(String goal, Map<String, BigDecimal> rates) {
        return new WaterfallRequest(
                FUNNEL,
                "2027-Q1",
                new WaterfallRequest.GoalInput("new_revenue", new BigDecimal(goal)),
                "won",
                new BigDecimal("10000"),
                rates,
                null);
    }

    static Map<String, BigDecimal> givenRates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("inquiry>mql", new BigDecimal("10"));
        rates.put("mql>sal", new BigDecimal("85"));
        rates.put("sal>sql", new BigDecimal("60"));
        rates.put("sql>won", new BigDecimal("30"));
        return rates;
    }

    private static Map<String, String> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.put(error.field(), error.message().en());
            }
            return errors;
        }
        throw new AssertionError("the request was accepted");
    }

    @Test
    void theWorkedExampleNeeds990_99_84_50And15WithEveryNumberGiven() {
        WaterfallOutcome outcome = world.planner().plan(request("150000", givenRates()));

        assertThat(outcome.waterfall().deals()).isEqualTo(15);
        assertThat(outcome.waterfall().stages())
                .extracting(s -> s.stage().key(), StageRequirement::required)
                .containsExactly(
                        tuple("inquiry", 990L),
                        tuple("mql", 99L),
                        tuple("sal", 84L),
                        tuple("sql", 50L),
                        tuple("won", 15L));
        assertThat(outcome.waterfall().averageDealValue().orElseThrow().source().text())
                .isEqualTo("given");
        assertThat(outcome.rates().values())
                .allSatisfy(r -> assertThat(r.source().given()).isTrue());
    }

    @Test
    void theProposedTargetsCloseTheHandoffTheStoredPlanLeavesOpen() {
        WaterfallOutcome outcome = world.planner().plan(request("150000", givenRates()));

        assertThat(outcome.before().report().handoffs()).singleElement().satisfies(h -> assertThat(h.covered())
                .isFalse());
        assertThat(outcome.after().report().handoffs()).singleElement().satisfies(h -> assertThat(h.covered())
                .isTrue());
        assertThat(outcome.after().report().score())
                .isGreaterThan(outcome.before().report().score());
        assertThat(outcome.proposedTargets())
                .extracting(l -> l.target().team(), l -> l.target().metric().value())
                .contains(
                        tuple(MARKETING, "entered:sal"),
                        tuple(SALES, "entered:sal"),
                        tuple(MARKETING, "new_revenue"),
                        tuple(SALES, "new_revenue"));
        assertThat(outcome.proposedTargets())
                .allSatisfy(l -> assertThat(l.target().period().format()).isEqualTo("2027-Q1"));
        assertThat(world.targets()).isEmpty();
    }

    @Test
    void ratesAndTheDealValueLeftOutComeFromTheFunnelsLastSixCompleteMonths() {
        for (String month : new String[] {"2026-06", "2026-11"}) {
            world.record(month, FunnelRef.of(FUNNEL), "entered:inquiry", "500")
                    .record(month, FunnelRef.of(FUNNEL), "entered:mql", "50")
                    .record(month, FunnelRef.of(FUNNEL), "entered:sal", "40")
                    .record(month, FunnelRef.of(FUNNEL), "entered:sql", "20")
                    .record(month, FunnelRef.of(FUNNEL), "entered:won", "5")
                    .record(month, FunnelRef.of(FUNNEL), "deals", "5")
                    .record(month, FunnelRef.of(FUNNEL), "average_deal_value", "8000");
        }
        // December is still running, and May lies outside the six months: neither counts
        world.record("2026-12", FunnelRef.of(FUNNEL), "entered:sql", "1000");
        world.record("2026-05", FunnelRef.of(FUNNEL), "entered:won", "1000");

        WaterfallOutcome outcome = world.planner()
                .plan(new WaterfallRequest(
                        FUNNEL,
                        "2027-Q1",
                        new WaterfallRequest.GoalInput("new_revenue", new BigDecimal("80000")),
                        "won",
                        null,
                        Map.of("inquiry>mql", new BigDecimal("12")),
                        null));

        assertThat(outcome.rates().get(new Boundary("sql", "won")).percent()).isEqualByComparingTo("25");
        assertThat(outcome.rates().get(new Boundary("sql", "won")).source().text())
                .isEqualTo("history 2026-06…2026-11");
        assertThat(outcome.rates().get(new Boundary("inquiry", "mql")).source().text())
                .isEqualTo("given");
        assertThat(outcome.waterfall().averageDealValue().orElseThrow().amount())
                .isEqualByComparingTo("8000");
        assertThat(outcome.waterfall().deals()).isEqualTo(10);
        assertThat(outcome.history().first().toString()).isEqualTo("2026-06");
    }

    @Test
    void theOrganisationWideSheetCountsWhenTheCompanyHasOneFunnel() {
        world.record("2026-10", FunnelRef.ORGANISATION, "entered:sql", "100")
                .record("2026-10", FunnelRef.ORGANISATION, "entered:won", "20");
        Map<String, BigDecimal> rates = givenRates();
        rates.remove("sql>won");

        WaterfallOutcome outcome = world.planner().plan(request("150000", rates));

        assertThat(outcome.rates().get(new Boundary("sql", "won")).percent()).isEqualByComparingTo("20");
    }

    @Test
    void theOrganisationWideSheetDoesNotCountWhenTheCompanyHasSeveralFunnels() {
        world.funnels.add(
                new StoredFunnel(8, Funnel.of("Other", Stage.of("a", "A", MARKETING), Stage.of("b", "B", SALES)), 0));
        world.record("2026-10", FunnelRef.ORGANISATION, "entered:sql", "100")
                .record("2026-10", FunnelRef.ORGANISATION, "entered:won", "20");
        Map<String, BigDecimal> rates = givenRates();
        rates.remove("sql>won");

        assertThat(errorsOf(() -> world.planner().plan(request("150000", rates))))
                .containsEntry("rates.sql>won", "No history in 2026-06…2026-11; give a rate.");
    }

    @Test
    void aRateOutsideAbove0ToAt100IsRefusedAtItsPath() {
        Map<String, BigDecimal> rates = givenRates();
        rates.put("sql>won", new BigDecimal("0"));
        rates.put("sal>sql", new BigDecimal("101"));

        assertThat(errorsOf(() -> world.planner().plan(request("150000", rates))))
                .containsOnlyKeys("rates.sql>won", "rates.sal>sql");
    }

    @Test
    void aGoalOfZeroIsRefusedAtGoalValue() {
        assertThat(errorsOf(() -> world.planner().plan(request("0", givenRates()))))
                .containsOnlyKeys("goal.value");
    }

    @Test
    void anUnknownFunnelOrWonStageIsRefused() {
        WaterfallRequest unknownFunnel = new WaterfallRequest(
                99L, "2027-Q1", new WaterfallRequest.GoalInput("deals", BigDecimal.TEN), "won", null, null, null);
        WaterfallRequest unknownStage = new WaterfallRequest(
                FUNNEL,
                "2027-Q1",
                new WaterfallRequest.GoalInput("deals", BigDecimal.TEN),
                "nowhere",
                null,
                null,
                null);

        assertThat(errorsOf(() -> world.planner().plan(unknownFunnel))).containsOnlyKeys("funnel");
        assertThat(errorsOf(() -> world.planner().plan(unknownStage))).containsOnlyKeys("wonStage");
    }

    @Test
    void aBoundaryNotInTheFunnelIsRefused() {
        Map<String, BigDecimal> rates = givenRates();
        rates.put("won>renewed", BigDecimal.TEN);

        assertThat(errorsOf(() -> world.planner().plan(request("150000", rates))))
                .containsOnlyKeys("rates.won>renewed");
    }

    @Test
    void aRevenueGoalWithoutDealValueOrDealsRecordedIsRefused() {
        WaterfallRequest request = new WaterfallRequest(
                FUNNEL,
                "2027-Q1",
                new WaterfallRequest.GoalInput("new_revenue", new BigDecimal("1000")),
                "won",
                null,
                givenRates(),
                null);

        assertThat(errorsOf(() -> world.planner().plan(request))).containsOnlyKeys("averageDealValue");
    }

    @Test
    void somebodyNotSignedInMayNotPlan() {
        world.signedOut();

        assertThatThrownBy(() -> world.planner().plan(request("150000", givenRates())))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
