package dev.baton.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelHistoryTest {

    private static final YearMonth TODAY = YearMonth.of(2026, 12);
    private static final Boundary MQL_TO_SQL = new Boundary("mql", "sql");

    private static Map<MetricKey, BigDecimal> values(String... pairs) {
        java.util.HashMap<MetricKey, BigDecimal> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(MetricKey.of(pairs[i]), new BigDecimal(pairs[i + 1]));
        }
        return values;
    }

    @Test
    void aRateIsTheRatioOfTheSumsNotTheMeanOfTheMonthlyRates() {
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                TODAY,
                6,
                Map.of(
                        YearMonth.of(2026, 9), values("entered:mql", "100", "entered:sql", "10"),
                        YearMonth.of(2026, 10), values("entered:mql", "300", "entered:sql", "90")));

        Rate rate = history.rate(MQL_TO_SQL).orElseThrow();

        // the monthly rates are 10 % and 30 %: their mean would be 20 %
        assertThat(rate.percent()).isEqualByComparingTo("25");
        assertThat(rate.source().text()).isEqualTo("history 2026-09…2026-10");
    }

    @Test
    void theWindowIsTheLastCompleteMonthsBeforeToday() {
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                TODAY,
                6,
                Map.of(
                        YearMonth.of(2026, 5), values("entered:mql", "100", "entered:sql", "90"),
                        YearMonth.of(2026, 6), values("entered:mql", "100", "entered:sql", "20"),
                        YearMonth.of(2026, 12), values("entered:mql", "100", "entered:sql", "90")));

        assertThat(history.first()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(history.last()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(history.rate(MQL_TO_SQL).orElseThrow().percent()).isEqualByComparingTo("20");
        assertThat(FunnelHistory.window(TODAY, 2)).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void aMonthCountsOnlyWhenItRecordsBothStages() {
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                TODAY,
                6,
                Map.of(
                        YearMonth.of(2026, 7), values("entered:mql", "1000"),
                        YearMonth.of(2026, 8), values("entered:mql", "100", "entered:sql", "30")));

        assertThat(history.rate(MQL_TO_SQL).orElseThrow().percent()).isEqualByComparingTo("30");
    }

    @Test
    void noRecordedEntriesGiveNoRate() {
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                TODAY, 6, Map.of(YearMonth.of(2026, 8), values("entered:mql", "0", "entered:sql", "0")));

        assertThat(history.rate(MQL_TO_SQL)).isEmpty();
        assertThat(history.averageDealValue()).isEmpty();
    }

    @Test
    void theAverageDealValueIsNewRevenueOverDealsWeightedByTheDeals() {
        FunnelHistory history = FunnelHistory.lastCompleteMonths(
                TODAY,
                6,
                Map.of(
                        YearMonth.of(2026, 10), values("deals", "1", "average_deal_value", "1000"),
                        YearMonth.of(2026, 11), values("deals", "3", "average_deal_value", "5000")));

        DealValue value = history.averageDealValue().orElseThrow();

        // (1 × 1000 + 3 × 5000) ÷ 4 = 4000; the mean of the monthly values would be 3000
        assertThat(value.amount()).isEqualByComparingTo("4000");
        assertThat(value.source().text()).isEqualTo("history 2026-10…2026-11");
    }

    @Test
    void aGivenNumberSaysSo() {
        assertThat(Rate.given("30").source().text()).isEqualTo("given");
    }
}
