package dev.baton.domain.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowMetricsTest {

    private final FlowMetrics flows = new FlowMetrics(BuiltInMetricCatalog.instance());

    private boolean flow(String key) {
        return flows.isFlow(MetricKey.of(key), Optional.empty());
    }

    @Test
    void volumesSpendRevenueAndStageEntriesAreFlows() {
        assertThat(flow("lead_count")).isTrue();
        assertThat(flow("leads")).isTrue();
        assertThat(flow("marketing_expense")).isTrue();
        assertThat(flow("revenue")).isTrue();
        assertThat(flow("new_revenue")).as("deals × average deal value").isTrue();
        assertThat(flow("entered:mql")).isTrue();
    }

    @Test
    void ratesAveragesAndStocksAreNotFlows() {
        assertThat(flow("cac")).as("spend ÷ new customers").isFalse();
        assertThat(flow("cpl")).isFalse();
        assertThat(flow("arpu")).isFalse();
        assertThat(flow("customer_churn_rate")).isFalse();
        assertThat(flow("paying_customers")).isFalse();
        assertThat(flow("ltv_to_cac")).isFalse();
        assertThat(flows.isFlow(MetricKey.of("stage_conversion_rate"), Optional.of(new StageScope("sql", "customer"))))
                .isFalse();
        assertThat(flow("no_such_metric")).isFalse();
    }
}
