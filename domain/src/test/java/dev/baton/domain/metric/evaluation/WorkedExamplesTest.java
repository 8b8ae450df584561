package dev.baton.domain.metric.evaluation;

import static dev.baton.domain.metric.MetricTestData.builtInEvaluator;
import static dev.baton.domain.metric.MetricTestData.inputs;
import static dev.baton.domain.metric.MetricTestData.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricTestData.Inputs;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked examples of DESIGN.md §3, and the metrics around them, reproduced through the built-in catalog. */
class WorkedExamplesTest {

    private final MetricEvaluator evaluator = builtInEvaluator();

    @Test
    void newRevenueMultipliesDealsByAverageDealValue() {
        assertValue("new_revenue", inputs().with("deals", "21").with("average_deal_value", "7500"), "157500");
    }

    @Test
    void cacDividesTotalExpenseByNewCustomers() {
        Inputs spend = inputs().with("sales_expense", "600").with("marketing_expense", "400");

        assertValue("cac", spend.with("new_customers", "10"), "100");
    }

    @Test
    void averageOrderValueDividesRevenueByOrders() {
        assertValue("average_order_value", inputs().with("revenue", "1800000").with("orders", "360"), "5000");
    }

    @Test
    void purchaseFrequencyDividesOrdersByNewCustomers() {
        assertValue("purchase_frequency", inputs().with("orders", "360").with("new_customers", "60"), "6");
    }

    @Test
    void ltvMultipliesAverageOrderValueFrequencyAndLifespanInYears() {
        Inputs known = inputs().with("average_order_value", "5000")
                .with("purchase_frequency", "6")
                .with("lifespan_years", "0.8");

        assertValue("ltv", known, "24000");
    }

    @Test
    void ltvComesToTheSameFromRawRevenueOrdersAndNewCustomers() {
        Inputs raw = inputs().with("revenue", "1800000")
                .with("orders", "360")
                .with("new_customers", "60")
                .with("lifespan_years", "0.8");

        assertValue("ltv", raw, "24000");
    }

    @Test
    void ltvTicketFormMultipliesTicketPurchasesPerYearAndYears() {
        Inputs known = inputs().with("average_ticket", "500")
                .with("purchases_per_year", "12")
                .with("lifespan_years", "3");

        assertValue("ltv_ticket", known, "18000");
    }

    @Test
    void arrFromMonthlyBillingAnnualisesTheContractValue() {
        assertValue(
                "arr_monthly_billing",
                inputs().with("contract_value", "100000").with("contract_months", "60"),
                "20000");
    }

    @Test
    void arrFromAnnualBillingDividesContractValueByYears() {
        assertValue(
                "arr_annual_billing", inputs().with("contract_value", "100000").with("contract_years", "5"), "20000");
    }

    @Test
    void arrFromMovementsAddsExpansionAndTakesOffChurn() {
        Inputs movements = inputs().with("annual_subscription_revenue", "1000000")
                .with("expansion_revenue", "150000")
                .with("churned_revenue", "50000");

        assertValue("arr", movements, "1100000");
    }

    @Test
    void revenueGrowthIsInPercentPointsAndMayBeNegative() {
        assertValue("revenue_growth", inputs().with("revenue", "1200").with("previous_revenue", "1000"), "20");
        assertValue("revenue_growth", inputs().with("revenue", "900").with("previous_revenue", "1000"), "-10");
    }

    @Test
    void ltvToCacDividesLtvByCac() {
        assertValue("ltv_to_cac", inputs().with("ltv", "24000").with("cac", "8000"), "3");
    }

    @Test
    void ltvProfitFormTakesAcquisitionAndRetentionCostOffCustomerRevenue() {
        Inputs customer = inputs().with("customer_revenue", "10000")
                .with("acquisition_cost", "2000")
                .with("retention_cost", "1500");

        assertValue("ltv_profit", customer, "6500");
    }

    @Test
    void ltvMarginFormDividesMonthlyGrossProfitByMonthlyChurnRate() {
        Inputs subscription = inputs().with("arpu", "100")
                .with("gross_margin", "80")
                .with("churned_customers", "2")
                .with("customers_at_start", "100");

        assertValue("ltv_margin", subscription, "4000");
    }

    @Test
    void cacPaybackDividesCacByMonthlyGrossProfitPerCustomer() {
        assertValue(
                "cac_payback_months",
                inputs().with("cac", "800").with("arpu", "100").with("gross_margin", "80"),
                "10");
    }

    @Test
    void mrrMultipliesArpuByPayingCustomers() {
        assertValue("mrr", inputs().with("arpu", "49.90").with("paying_customers", "1000"), "49900");
    }

    @Test
    void revenueRetentionCountsExpansionOnlyInTheNetFigure() {
        Inputs mrr = inputs().with("start_mrr", "10000")
                .with("expansion_mrr", "1500")
                .with("contraction_mrr", "300")
                .with("churned_mrr", "200");

        assertValue("net_revenue_retention", mrr, "110");
        assertValue("gross_revenue_retention", mrr, "95");
    }

    @Test
    void customerChurnRateIsChurnedOverCustomersAtStartInPercentPoints() {
        assertValue(
                "customer_churn_rate",
                inputs().with("churned_customers", "3").with("customers_at_start", "120"),
                "2.5");
    }

    @Test
    void pipelineVelocityReadsTheWinRateInPercentPoints() {
        Inputs pipeline = inputs().with("sqls", "40")
                .with("win_rate", "25")
                .with("average_deal_size", "12000")
                .with("sales_cycle_days", "60");

        assertValue("pipeline_velocity", pipeline, "2000");
    }

    @Test
    void npsSubtractsTheShareOfDetractorsFromTheShareOfPromoters() {
        Inputs answers = inputs().with("promoters", "60").with("passives", "25").with("detractors", "15");

        MetricValue nps = evaluator.evaluate(key("nps"), answers.asMap());

        assertThat(nps).isEqualTo(new MetricValue.Computed(key("nps"), new BigDecimal("45.0"), Unit.SCORE));
    }

    @Test
    void taskCompletionRateIsCompletedOverAttemptedNotItsComplement() {
        assertValue(
                "task_completion_rate", inputs().with("tasks_completed", "45").with("tasks_attempted", "50"), "90");
    }

    @Test
    void visitorMetricsDivideByAllVisits() {
        Inputs traffic =
                inputs().with("visits", "2000").with("returning_visits", "500").with("revenue", "30000");

        assertValue("returning_visitor_rate", traffic, "25");
        assertValue("arpv", traffic, "15");
    }

    @Test
    void salesRatesCompareWonDealsAndPaidConversionsWithWhatCameIn() {
        assertValue("win_rate_actual", inputs().with("won_deals", "8").with("sqls", "32"), "25");
        assertValue(
                "paid_conversion_rate", inputs().with("paid_conversions", "30").with("trials", "200"), "15");
        assertValue("cpl", inputs().with("marketing_expense", "5000").with("leads", "250"), "20");
        assertValue("average_ticket", inputs().with("revenue", "6000").with("purchasing_customers", "12"), "500");
    }

    @Test
    void volumeMetricsAreTheirMeasures() {
        assertValue("demo_count", inputs().with("demos", "42"), "42");
        assertValue("lead_count", inputs().with("leads", "310"), "310");
    }

    @Test
    void stageConversionRateDividesEntriesIntoTheNextStageByEntriesIntoThisOne() {
        Inputs entries = inputs().with("entered:mql", "200").with("entered:sql", "50");

        MetricValue rate = evaluator.evaluate(
                key("stage_conversion_rate"), Optional.of(new StageScope("mql", "sql")), entries.asMap());

        assertThat(rate.toOptional())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("25"));
    }

    @Test
    void funnelConversionRateDividesCustomersByTopOfFunnelEntries() {
        Inputs entries = inputs().with("entered:visitor", "8000").with("entered:customer", "24");

        MetricValue rate = evaluator.evaluate(
                key("funnel_conversion_rate"), Optional.of(new StageScope("visitor", "customer")), entries.asMap());

        assertThat(rate.toOptional())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.3"));
    }

    private void assertValue(String metric, Inputs inputs, String expected) {
        MetricValue value = evaluator.evaluate(key(metric), inputs.asMap());

        assertThat(value.toOptional())
                .as("%s from %s gave %s", metric, inputs.asMap(), value)
                .hasValueSatisfying(number -> assertThat(number).isEqualByComparingTo(expected));
    }
}
