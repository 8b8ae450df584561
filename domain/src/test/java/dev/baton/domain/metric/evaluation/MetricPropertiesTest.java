package dev.baton.domain.metric.evaluation;

import static dev.baton.domain.metric.MetricTestData.builtInEvaluator;
import static dev.baton.domain.metric.MetricTestData.inputs;
import static dev.baton.domain.metric.MetricTestData.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricTestData.Inputs;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MetricPropertiesTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final MetricEvaluator evaluator = builtInEvaluator();

    @Property
    void grossRetentionStaysAtOrBelowHundredAndNetRetentionAtOrAboveItWhenThereIsExpansionAndNoLoss(
            @ForAll("amounts") BigDecimal startMrr, @ForAll("amounts") BigDecimal expansion) {
        Assume.that(startMrr.signum() > 0);
        Inputs mrr = inputs().with("start_mrr", startMrr)
                .with("expansion_mrr", expansion)
                .with("contraction_mrr", "0")
                .with("churned_mrr", "0");

        BigDecimal gross = valueOf("gross_revenue_retention", mrr);
        BigDecimal net = valueOf("net_revenue_retention", mrr);

        assertThat(gross).isLessThanOrEqualTo(HUNDRED);
        assertThat(net).isGreaterThanOrEqualTo(HUNDRED);
    }

    @Property
    void grossRetentionNeverExceedsNetRetentionNorHundred(
            @ForAll("amounts") BigDecimal startMrr,
            @ForAll("amounts") BigDecimal expansion,
            @ForAll("amounts") BigDecimal contraction,
            @ForAll("amounts") BigDecimal churn) {
        Assume.that(startMrr.signum() > 0);
        Inputs mrr = inputs().with("start_mrr", startMrr)
                .with("expansion_mrr", expansion)
                .with("contraction_mrr", contraction)
                .with("churned_mrr", churn);

        BigDecimal gross = valueOf("gross_revenue_retention", mrr);

        assertThat(gross).isLessThanOrEqualTo(HUNDRED).isLessThanOrEqualTo(valueOf("net_revenue_retention", mrr));
    }

    @Property
    void churnRateStaysWithinZeroAndHundredWhenChurnedCustomersWereThereAtStart(
            @ForAll @IntRange(min = 1, max = 1_000_000) int customersAtStart,
            @ForAll @IntRange(min = 0, max = 1_000_000) int churned) {
        Assume.that(churned <= customersAtStart);
        Inputs customers = inputs().with("customers_at_start", BigDecimal.valueOf(customersAtStart))
                .with("churned_customers", BigDecimal.valueOf(churned));

        assertThat(valueOf("customer_churn_rate", customers)).isBetween(BigDecimal.ZERO, HUNDRED);
    }

    @Property
    void ltvToCacEqualsLtvAndCacComputedSeparatelyAndDivided(
            @ForAll("amounts") BigDecimal revenue,
            @ForAll @IntRange(min = 1, max = 100_000) int orders,
            @ForAll @IntRange(min = 1, max = 10_000) int newCustomers,
            @ForAll("years") BigDecimal lifespan,
            @ForAll("amounts") BigDecimal salesExpense,
            @ForAll("amounts") BigDecimal marketingExpense) {
        Inputs business = inputs().with("revenue", revenue)
                .with("orders", BigDecimal.valueOf(orders))
                .with("new_customers", BigDecimal.valueOf(newCustomers))
                .with("lifespan_years", lifespan)
                .with("sales_expense", salesExpense)
                .with("marketing_expense", marketingExpense);
        BigDecimal ltv = valueOf("ltv", business);
        BigDecimal cac = valueOf("cac", business);
        Assume.that(ltv.compareTo(BigDecimal.ONE) >= 0 && cac.compareTo(BigDecimal.ONE) >= 0);

        BigDecimal together = valueOf("ltv_to_cac", business);

        // LTV and CAC come rounded to the cent, so the exact values lie within half a cent of them; their exact ratio
        // lies between the extreme quotients, and the rounded ratio within half a hundredth of that.
        BigDecimal halfCent = new BigDecimal("0.005");
        BigDecimal lowest = ltv.subtract(halfCent).divide(cac.add(halfCent), MathContext.DECIMAL128);
        BigDecimal highest = ltv.add(halfCent).divide(cac.subtract(halfCent), MathContext.DECIMAL128);
        assertThat(together).isBetween(lowest.subtract(halfCent), highest.add(halfCent));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> years() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.1"), new BigDecimal("20"))
                .ofScale(1);
    }

    private BigDecimal valueOf(String metric, Inputs inputs) {
        MetricValue value = evaluator.evaluate(key(metric), inputs.asMap());
        return value.toOptional().orElseThrow(() -> new AssertionError(metric + " had no value: " + value));
    }
}
