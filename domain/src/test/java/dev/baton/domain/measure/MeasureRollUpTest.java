package dev.baton.domain.measure;

import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.NoValueReason;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureRollUpTest {

    private static final Period Q3 = Period.quarter(2026, 3);

    private final MeasureRollUp rollUp = new MeasureRollUp(BuiltInMetricCatalog.instance());
    private final MetricEvaluator evaluator = new MetricEvaluator(BuiltInMetricCatalog.instance());
    private final Map<Period, Map<MetricKey, BigDecimal>> recorded = new HashMap<>();

    private MeasureRollUpTest record(String period, String measure, String value) {
        recorded.computeIfAbsent(Period.parse(period), p -> new TreeMap<>())
                .put(MetricKey.of(measure), new BigDecimal(value));
        return this;
    }

    private MeasureRollUpTest threeMonthsOf(String measure) {
        return record("2026-07", measure, "10").record("2026-08", measure, "20").record("2026-09", measure, "40");
    }

    private static SortedSet<MetricKey> keys(String... keys) {
        SortedSet<MetricKey> set = new TreeSet<>();
        for (String key : keys) {
            set.add(MetricKey.of(key));
        }
        return set;
    }

    private RolledUpMeasure valueOf(String measure, Period period) {
        return rollUp.rollUp(period, recorded).valueOf(MetricKey.of(measure)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} ({2}) makes {1} of months 10, 20, 40")
    @CsvSource({
        "revenue, 70, SUM",
        "customers_at_start, 10, FIRST",
        "paying_customers, 40, LAST",
        "arpu, 23.33333333333333333333333333333333, MEAN"
    })
    void aQuarterRollsUpFromItsMonths(String measure, String expected, String kind) {
        threeMonthsOf(measure);

        RolledUpMeasure quarter = valueOf(measure, Q3);

        assertThat(quarter.amount()).isEqualByComparingTo(expected);
        assertThat(quarter.coverage()).isEqualTo(new Coverage(3, 3));
        assertThat(quarter.coverage().partial()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"revenue", "customers_at_start", "paying_customers", "arpu", "previous_revenue"})
    void aValueRecordedForTheQuarterWinsOverItsMonths(String measure) {
        threeMonthsOf(measure).record("2026-Q3", measure, "99");

        RolledUpMeasure quarter = valueOf(measure, Q3);

        assertThat(quarter.amount()).isEqualByComparingTo("99");
        assertThat(quarter.coverage()).isEqualTo(Coverage.whole(Q3));
    }

    @Test
    void aMeasureThatDoesNotRollUpHasNoValueAndTheReasonNamesItAndThePeriodToRecordItFor() {
        threeMonthsOf("previous_revenue").threeMonthsOf("revenue");

        RolledUpMeasures quarter = rollUp.rollUp(Q3, recorded);
        Actual growth = quarter.evaluate(evaluator, MetricKey.of("revenue_growth"), Optional.empty());

        assertThat(quarter.valueOf(MetricKey.of("previous_revenue"))).isEmpty();
        assertThat(quarter.notRolledUp()).containsExactly(MetricKey.of("previous_revenue"));
        assertThat(growth.value()).isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> {
            assertThat(unavailable.reason())
                    .isEqualTo(new NoValueReason.NotRolledUp(Q3, keys("previous_revenue"), keys("previous_revenue")));
            assertThat(en(unavailable.reason().phrase()))
                    .isEqualTo("no value: missing inputs previous_revenue; previous_revenue does not roll up from"
                            + " shorter periods: record it for 2026-Q3");
            assertThat(zh(unavailable.reason().phrase())).contains("previous_revenue", "2026-Q3");
        });
    }

    @Test
    void aMeasureMissingEverywhereIsPlainlyMissing() {
        threeMonthsOf("revenue");

        Actual growth =
                rollUp.rollUp(Q3, recorded).evaluate(evaluator, MetricKey.of("revenue_growth"), Optional.empty());

        assertThat(growth.value())
                .isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .isInstanceOf(NoValueReason.MissingInputs.class));
    }

    @Test
    void aRunningQuarterHasItsValueToDateAndSaysHowMuchItCovers() {
        record("2026-07", "revenue", "100").record("2026-08", "revenue", "120");

        RolledUpMeasures quarter = rollUp.rollUp(Q3, recorded);

        RolledUpMeasure revenue = quarter.valueOf(MetricKey.of("revenue")).orElseThrow();
        assertThat(revenue.amount()).isEqualByComparingTo("220");
        assertThat(revenue.coverage()).isEqualTo(new Coverage(2, 3));
        assertThat(revenue.coverage().partial()).isTrue();
        assertThat(quarter.amounts()).containsKey(MetricKey.of("revenue"));
        assertThat(quarter.wholeAmounts()).doesNotContainKey(MetricKey.of("revenue"));
    }

    @Test
    void aGapSkipsTheMissingMonthAndAnOpeningStockTakesTheFirstMonthThatHasOne() {
        record("2026-08", "customers_at_start", "800").record("2026-09", "customers_at_start", "790");
        record("2026-07", "paying_customers", "800").record("2026-08", "paying_customers", "810");

        assertThat(valueOf("customers_at_start", Q3).amount()).isEqualByComparingTo("800");
        assertThat(valueOf("customers_at_start", Q3).coverage()).isEqualTo(new Coverage(2, 3));
        assertThat(valueOf("paying_customers", Q3).amount()).isEqualByComparingTo("810");
    }

    @Test
    void aMetricIsOnlyAsCompleteAsItsThinnestInput() {
        threeMonthsOf("marketing_expense").threeMonthsOf("sales_expense");
        record("2026-07", "new_customers", "5").record("2026-08", "new_customers", "5");

        Actual cac = rollUp.rollUp(Q3, recorded).evaluate(evaluator, MetricKey.of("cac"), Optional.empty());

        // (70 + 70) / (5 + 5)
        assertThat(cac.value().toOptional())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("14"));
        assertThat(cac.coverage()).isEqualTo(new Coverage(2, 3));
    }

    @Test
    void aQuartersRateIsComputedFromItsSumsNotAveragedFromMonthlyRates() {
        record("2026-07", "churned_customers", "10").record("2026-07", "customers_at_start", "800");
        record("2026-08", "churned_customers", "14").record("2026-08", "customers_at_start", "790");
        record("2026-09", "churned_customers", "16").record("2026-09", "customers_at_start", "776");

        Actual churn =
                rollUp.rollUp(Q3, recorded).evaluate(evaluator, MetricKey.of("customer_churn_rate"), Optional.empty());

        // 40 of the 800 customers the quarter started with.
        assertThat(churn.value().toOptional())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5.00"));
        assertThat(churn.coverage().partial()).isFalse();
    }

    @Test
    void aYearRollsUpFromItsQuartersEachRecordedOrRolledUpFromItsMonths() {
        record("2026-Q1", "revenue", "300");
        record("2026-01", "revenue", "1"); // the recorded Q1 wins over its months
        record("2026-04", "revenue", "10").record("2026-05", "revenue", "20");
        record("2026-Q1", "arpu", "500");
        record("2026-04", "arpu", "600").record("2026-05", "arpu", "700");

        RolledUpMeasures year = rollUp.rollUp(Period.year(2026), recorded);

        RolledUpMeasure revenue = year.valueOf(MetricKey.of("revenue")).orElseThrow();
        assertThat(revenue.amount()).isEqualByComparingTo("330");
        assertThat(revenue.coverage()).isEqualTo(new Coverage(5, 12));
        // A plain mean of the quarters (500 and 650), not of the months.
        assertThat(year.valueOf(MetricKey.of("arpu")).orElseThrow().amount()).isEqualByComparingTo("575");
    }

    @Test
    void aValueRecordedForTheYearWinsOverItsQuartersAndMonths() {
        record("2026", "revenue", "5000").record("2026-Q1", "revenue", "300").record("2026-04", "revenue", "10");

        assertThat(valueOf("revenue", Period.year(2026)).amount()).isEqualByComparingTo("5000");
        assertThat(valueOf("revenue", Period.year(2026)).coverage()).isEqualTo(new Coverage(12, 12));
    }

    @Test
    void stageEntriesAddUp() {
        threeMonthsOf("entered:mql");

        assertThat(valueOf("entered:mql", Q3).amount()).isEqualByComparingTo("70");
    }

    @Test
    void aMonthIsWhatWasRecordedForIt() {
        record("2026-07", "revenue", "100").record("2026-Q3", "revenue", "999");

        assertThat(MeasureRollUp.periodsToRead(Period.month(2026, 7))).containsExactly(Period.month(2026, 7));
        assertThat(valueOf("revenue", Period.month(2026, 7)).amount()).isEqualByComparingTo("100");
        assertThat(rollUp.rollUp(Period.month(2026, 8), recorded).amounts()).isEmpty();
    }

    @Test
    void aYearReadsItselfItsQuartersAndTheirMonths() {
        assertThat(MeasureRollUp.periodsToRead(Period.year(2026)))
                .hasSize(17)
                .startsWith(Period.year(2026), Period.quarter(2026, 1), Period.month(2026, 1))
                .endsWith(Period.month(2026, 12));
        assertThat(MeasureRollUp.periodsToRead(Q3))
                .containsExactly(Q3, Period.month(2026, 7), Period.month(2026, 8), Period.month(2026, 9));
    }

    @Test
    void valuesOfOtherPeriodsAreLeftOut() {
        record("2026-06", "revenue", "100").record("2026-Q2", "previous_revenue", "90");

        RolledUpMeasures quarter = rollUp.rollUp(Q3, recorded);

        assertThat(quarter.amounts()).isEmpty();
        assertThat(quarter.notRolledUp()).isEmpty();
    }
}
