package dev.baton.application.metric;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The worked examples of DESIGN.md §3 as data: the metric pages prefill their calculator with them and the tests
 * reproduce every one through the API and the pages. LTV takes the figures the example states (an average order value
 * of 5,000, 6 purchases a year and a lifespan of 0.8 years) rather than the raw measures behind them.
 */
public final class WorkedExamples {

    private static final Map<MetricKey, WorkedExample> EXAMPLES = examples();

    private WorkedExamples() {}

    public static Optional<WorkedExample> of(MetricKey key) {
        return Optional.ofNullable(EXAMPLES.get(key));
    }

    public static Map<MetricKey, WorkedExample> all() {
        return EXAMPLES;
    }

    private static Map<MetricKey, WorkedExample> examples() {
        Map<MetricKey, WorkedExample> examples = new LinkedHashMap<>();
        example(examples, "new_revenue", "157500", "deals", "21", "average_deal_value", "7500");
        example(examples, "cac", "100", "sales_expense", "600", "marketing_expense", "400", "new_customers", "10");
        example(examples, "average_order_value", "5000", "revenue", "1800000", "orders", "360");
        example(examples, "purchase_frequency", "6", "orders", "360", "new_customers", "60");
        example(
                examples,
                "ltv",
                "24000",
                "average_order_value",
                "5000",
                "purchase_frequency",
                "6",
                "lifespan_years",
                "0.8");
        example(
                examples,
                "ltv_ticket",
                "18000",
                "average_ticket",
                "500",
                "purchases_per_year",
                "12",
                "lifespan_years",
                "3");
        example(examples, "arr_monthly_billing", "20000", "contract_value", "100000", "contract_months", "60");
        return Collections.unmodifiableMap(examples);
    }

    private static void example(
            Map<MetricKey, WorkedExample> into, String metric, String result, String... keysAndValues) {
        Map<MetricKey, BigDecimal> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put(MetricKey.of(keysAndValues[i]), new BigDecimal(keysAndValues[i + 1]));
        }
        into.put(MetricKey.of(metric), new WorkedExample(inputs, new BigDecimal(result)));
    }
}
