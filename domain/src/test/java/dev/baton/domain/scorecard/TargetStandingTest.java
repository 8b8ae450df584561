package dev.baton.domain.scorecard;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static dev.baton.domain.shared.Words.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetStandingTest {

    private static Attainment judge(Threshold threshold, String actual) {
        return TargetStanding.judge(threshold, new BigDecimal(actual), Tolerance.DEFAULT);
    }

    @Test
    void atLeastIsMetFromTheBarUpAndAtRiskWithinTenPercentBelow() {
        Threshold revenue = Threshold.atLeast("1000000");
        assertThat(judge(revenue, "1200000")).isEqualTo(Attainment.ON_TRACK);
        assertThat(judge(revenue, "1000000")).isEqualTo(Attainment.ON_TRACK);
        assertThat(judge(revenue, "900000")).isEqualTo(Attainment.AT_RISK);
        assertThat(judge(revenue, "899999.99")).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void atMostIsMetFromTheBarDownSoLowerIsBetterCountsRight() {
        Threshold cac = Threshold.atMost("500");
        assertThat(judge(cac, "320")).isEqualTo(Attainment.ON_TRACK);
        assertThat(judge(cac, "550")).isEqualTo(Attainment.AT_RISK);
        assertThat(judge(cac, "551")).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void aBetweenBandIsMissedOnEitherSide() {
        Threshold conversion = Threshold.between("20", "35");
        assertThat(judge(conversion, "27")).isEqualTo(Attainment.ON_TRACK);
        assertThat(judge(conversion, "18")).isEqualTo(Attainment.AT_RISK);
        assertThat(judge(conversion, "17.9")).isEqualTo(Attainment.OFF_TRACK);
        assertThat(judge(conversion, "38.5")).isEqualTo(Attainment.AT_RISK);
        assertThat(judge(conversion, "38.6")).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void aZeroBoundUsesTheBandWidthOrNothing() {
        assertThat(judge(Threshold.between("0", "50"), "-5")).isEqualTo(Attainment.AT_RISK);
        assertThat(judge(Threshold.atMost("0"), "0.01")).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void theToleranceIsConfigurable() {
        assertThat(TargetStanding.judge(Threshold.atMost("500"), new BigDecimal("560"), Tolerance.ofPercent("15")))
                .isEqualTo(Attainment.AT_RISK);
        assertThat(TargetStanding.judge(Threshold.atMost("500"), new BigDecimal("501"), Tolerance.ofPercent("0")))
                .isEqualTo(Attainment.OFF_TRACK);
        assertThat(phraseOf(() -> Tolerance.ofPercent("101"))).isEqualTo(Phrase.of("field.TOLERANCE_RANGE"));
    }

    @Test
    void noDataSaysWhichMeasureIsMissing() {
        MetricValue cac = new MetricEvaluator(BuiltInMetricCatalog.instance())
                .evaluate(MetricKey.of("cac"), Map.of(MetricKey.of("sales_expense"), BigDecimal.TEN));
        TargetStanding standing = TargetStanding.of(Threshold.atMost("500"), cac, Tolerance.DEFAULT);
        assertThat(standing.attainment()).isEqualTo(Attainment.NO_DATA);
        assertThat(standing.reason()).get().extracting(r -> en(r)).asString().contains("new_customers");
    }

    @Test
    void aComputedActualIsJudgedAndKept() {
        MetricValue aov = new MetricEvaluator(BuiltInMetricCatalog.instance())
                .evaluate(
                        MetricKey.of("average_order_value"),
                        Map.of(
                                MetricKey.of("revenue"),
                                new BigDecimal("1800000"),
                                MetricKey.of("orders"),
                                new BigDecimal("360")));
        TargetStanding standing = TargetStanding.of(Threshold.atLeast("4800"), aov, Tolerance.DEFAULT);
        assertThat(standing.attainment()).isEqualTo(Attainment.ON_TRACK);
        assertThat(standing.actual()).get().isEqualTo(new BigDecimal("5000.00"));
    }

    private static final Period Q4 = Period.parse("2026-Q4");

    private static MetricValue count(String key, String value) {
        return new MetricValue.Computed(MetricKey.of(key), new BigDecimal(value), Unit.COUNT);
    }

    private static Optional<ElapsedShare> twoThirdsIn() {
        return Optional.of(ElapsedShare.of(Q4, 2, false, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aFlowOnPaceInARunningQuarterIsOnTrackThoughItsTotalIsNotYetMet() {
        TargetStanding standing = TargetStanding.of(
                Threshold.atLeast("3000"), count("lead_count", "2000"), Tolerance.DEFAULT, twoThirdsIn(), true);
        assertThat(standing.attainment()).isEqualTo(Attainment.ON_TRACK);
        assertThat(standing.actual()).get().isEqualTo(new BigDecimal("2000"));
        Pace pace = standing.pace().orElseThrow();
        assertThat(pace.elapsed().rounded()).isEqualByComparingTo("0.6667");
        assertThat(pace.expectedToDate()).get().satisfies(v -> assertThat(v).isEqualByComparingTo("2000"));
        assertThat(pace.projected()).get().satisfies(v -> assertThat(v).isEqualByComparingTo("3000"));
    }

    @Test
    void aFlowBehindPaceIsJudgedOnItsProjectionWithTheTolerance() {
        assertThat(TargetStanding.of(
                                Threshold.atLeast("3000"),
                                count("lead_count", "1900"),
                                Tolerance.DEFAULT,
                                twoThirdsIn(),
                                true)
                        .attainment())
                .as("projected 2,850: within 10 %")
                .isEqualTo(Attainment.AT_RISK);
        assertThat(TargetStanding.of(
                                Threshold.atLeast("3000"),
                                count("lead_count", "1000"),
                                Tolerance.DEFAULT,
                                twoThirdsIn(),
                                true)
                        .attainment())
                .as("projected 1,500")
                .isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void aSpendCapIsMissedWhenTheRunRateOvershootsIt() {
        TargetStanding standing = TargetStanding.of(
                Threshold.atMost("300000"),
                count("marketing_expense", "240000"),
                Tolerance.DEFAULT,
                twoThirdsIn(),
                true);
        assertThat(standing.pace().orElseThrow().projected()).get().satisfies(v -> assertThat(v)
                .isEqualByComparingTo("360000"));
        assertThat(standing.attainment()).isEqualTo(Attainment.OFF_TRACK);
        assertThat(TargetStanding.of(
                                Threshold.atMost("300000"),
                                count("marketing_expense", "190000"),
                                Tolerance.DEFAULT,
                                twoThirdsIn(),
                                true)
                        .attainment())
                .isEqualTo(Attainment.ON_TRACK);
    }

    @Test
    void aBandIsJudgedOnTheProjectionAgainstBothEnds() {
        Threshold band = Threshold.between("2700", "3300");
        assertThat(TargetStanding.of(band, count("leads", "2000"), Tolerance.DEFAULT, twoThirdsIn(), true)
                        .attainment())
                .isEqualTo(Attainment.ON_TRACK);
        assertThat(TargetStanding.of(band, count("leads", "2600"), Tolerance.DEFAULT, twoThirdsIn(), true)
                        .attainment())
                .as("projected 3,900: above the band by more than the tolerance")
                .isEqualTo(Attainment.OFF_TRACK);
        assertThat(TargetStanding.of(band, count("leads", "1500"), Tolerance.DEFAULT, twoThirdsIn(), true)
                        .attainment())
                .as("projected 2,250: below the band")
                .isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void aRateInARunningPeriodIsJudgedOnItsValueToDateWithoutProjection() {
        MetricValue churn =
                new MetricValue.Computed(MetricKey.of("customer_churn_rate"), new BigDecimal("4"), Unit.PERCENT);
        TargetStanding standing =
                TargetStanding.of(Threshold.atMost("6"), churn, Tolerance.DEFAULT, twoThirdsIn(), false);
        assertThat(standing.attainment()).isEqualTo(Attainment.ON_TRACK);
        assertThat(standing.pace()).get().satisfies(pace -> {
            assertThat(pace.expectedToDate()).isEmpty();
            assertThat(pace.projected()).isEmpty();
            assertThat(pace.elapsed().rounded()).isEqualByComparingTo("0.6667");
        });
    }

    @Test
    void earlyInThePeriodAFlowsStatusIsHeldBackWithTheReason() {
        Optional<ElapsedShare> fiveDaysIn = Optional.of(ElapsedShare.of(Q4, 1, true, LocalDate.of(2026, 10, 5)));
        TargetStanding standing = TargetStanding.of(
                Threshold.atLeast("3000"), count("lead_count", "10"), Tolerance.DEFAULT, fiveDaysIn, true);
        assertThat(standing.attainment()).isEqualTo(Attainment.NO_DATA);
        assertThat(standing.pace().orElseThrow().heldBack()).isTrue();
        assertThat(standing.pace().orElseThrow().projected()).isEmpty();
        assertThat(standing.reason()).get().extracting(r -> en(r)).asString().contains("too early to judge pace: 5 %");
        Optional<ElapsedShare> tenDaysIn = Optional.of(ElapsedShare.of(Q4, 1, true, LocalDate.of(2026, 10, 10)));
        assertThat(TargetStanding.of(
                                Threshold.atLeast("3000"),
                                count("lead_count", "10"),
                                Tolerance.DEFAULT,
                                tenDaysIn,
                                true)
                        .attainment())
                .isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void anEndedPeriodHasNoPaceAndIsJudgedOnItsTotal() {
        TargetStanding standing = TargetStanding.of(
                Threshold.atLeast("3000"), count("lead_count", "2000"), Tolerance.DEFAULT, Optional.empty(), true);
        assertThat(standing.pace()).isEmpty();
        assertThat(standing.attainment()).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void attainmentIsJudgedOnTheUnroundedValueThoughTheRoundedOneIsShown() {
        Map<MetricKey, BigDecimal> inputs =
                Map.of(MetricKey.of("ltv"), new BigDecimal("2995"), MetricKey.of("cac"), new BigDecimal("1000"));
        MetricValue exact =
                MetricEvaluator.unrounded(BuiltInMetricCatalog.instance()).evaluate(MetricKey.of("ltv_to_cac"), inputs);
        TargetStanding standing = TargetStanding.of(Threshold.atLeast("3"), exact, Tolerance.ofPercent("0"));
        assertThat(standing.actual()).get().isEqualTo(new BigDecimal("3.00"));
        assertThat(standing.attainment()).isEqualTo(Attainment.OFF_TRACK);
        MetricValue rounded =
                new MetricEvaluator(BuiltInMetricCatalog.instance()).evaluate(MetricKey.of("ltv_to_cac"), inputs);
        assertThat(TargetStanding.of(Threshold.atLeast("3"), rounded, Tolerance.ofPercent("0"))
                        .attainment())
                .as("the rounded value would pass")
                .isEqualTo(Attainment.ON_TRACK);
    }
}
