package dev.baton.domain.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import java.util.Map;
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
        assertThatThrownBy(() -> Tolerance.ofPercent("101")).hasMessageContaining("between 0 and 100");
    }

    @Test
    void noDataSaysWhichMeasureIsMissing() {
        MetricValue cac = new MetricEvaluator(BuiltInMetricCatalog.instance())
                .evaluate(MetricKey.of("cac"), Map.of(MetricKey.of("sales_expense"), BigDecimal.TEN));
        TargetStanding standing = TargetStanding.of(Threshold.atMost("500"), cac, Tolerance.DEFAULT);
        assertThat(standing.attainment()).isEqualTo(Attainment.NO_DATA);
        assertThat(standing.reason()).get().extracting(r -> r.en()).asString().contains("new_customers");
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
}
