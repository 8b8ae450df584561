package dev.baton.domain.metric.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How each built-in measure combines across funnels, written out here so that changing one is a decision. */
class AcrossFunnelsOfBuiltInMeasuresTest {

    private static final Map<String, String> DECIDED = decided();

    private static Map<String, String> decided() {
        Map<String, String> m = new LinkedHashMap<>();
        // Flows: two product lines' revenue, leads or churned customers add up.
        decide(m, "SUM", "revenue", "previous_revenue", "orders", "deals", "new_customers", "sales_expense");
        decide(m, "SUM", "marketing_expense", "leads", "visits", "returning_visits", "sqls", "won_deals", "demos");
        decide(m, "SUM", "expansion_revenue", "churned_revenue", "expansion_mrr", "contraction_mrr", "churned_mrr");
        decide(m, "SUM", "promoters", "passives", "detractors", "tasks_attempted", "tasks_completed", "trials");
        decide(m, "SUM", "churned_customers", "paid_conversions", "purchasing_customers");
        // Stocks: the organisation's customers and MRR are each line's added together.
        decide(m, "SUM", "paying_customers", "customers_at_start", "start_mrr", "annual_subscription_revenue");
        // Averages and per-unit amounts: weighted by what they average over.
        m.put("arpu", "WEIGHTED by paying_customers");
        m.put("lifespan_years", "WEIGHTED by paying_customers");
        m.put("customer_revenue", "WEIGHTED by paying_customers");
        m.put("retention_cost", "WEIGHTED by paying_customers");
        m.put("acquisition_cost", "WEIGHTED by new_customers");
        m.put("average_deal_value", "WEIGHTED by deals");
        m.put("average_deal_size", "WEIGHTED by won_deals");
        m.put("sales_cycle_days", "WEIGHTED by won_deals");
        m.put("win_rate", "WEIGHTED by sqls");
        m.put("gross_margin", "WEIGHTED by revenue");
        m.put("purchases_per_year", "WEIGHTED by purchasing_customers");
        // Contract terms: no count of contracts is recorded to weight them by.
        decide(m, "MEAN", "contract_value", "contract_months", "contract_years");
        return m;
    }

    private static void decide(Map<String, String> decided, String rule, String... measures) {
        for (String measure : measures) {
            decided.put(measure, rule);
        }
    }

    private final BuiltInMetricCatalog catalog = BuiltInMetricCatalog.instance();

    @Test
    void everyBuiltInMeasureCombinesAcrossFunnelsAsDecided() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (MetricDefinition definition : catalog.all()) {
            if (definition.isMeasure()) {
                actual.put(definition.key().value(), definition.acrossFunnels().toString());
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(DECIDED);
    }

    @Test
    void noAverageOverTimeIsAddedUpAcrossFunnels() {
        for (MetricDefinition definition : catalog.all()) {
            if (definition.rollUp() == RollUp.MEAN) {
                assertThat(definition.acrossFunnels().kind())
                        .as(definition.key().value())
                        .isNotEqualTo(AcrossFunnels.Kind.SUM);
            }
        }
    }

    @Test
    void everyWeightIsAMeasureThatAddsUp() {
        for (MetricDefinition definition : catalog.all()) {
            definition.acrossFunnels().weight().ifPresent(weight -> {
                MetricDefinition weighting = catalog.find(weight).orElseThrow();
                assertThat(weighting.isMeasure()).as(weight.value()).isTrue();
                assertThat(weighting.acrossFunnels()).as(weight.value()).isEqualTo(AcrossFunnels.SUM);
            });
        }
    }

    @Test
    void stageEntriesAddUpAcrossFunnels() {
        assertThat(catalog.find(MetricKey.stageEntries("mql")).orElseThrow().acrossFunnels())
                .isEqualTo(AcrossFunnels.SUM);
    }

    @Test
    void aBuiltInMeasureMustSayHowItCombinesAcrossFunnels() {
        assertThatThrownBy(() -> DefinitionBuilder.measure("undecided")
                        .in(Unit.CURRENCY, Direction.HIGHER_IS_BETTER, Category.REVENUE)
                        .named("Undecided", "未定")
                        .rollsUp(RollUp.MEAN)
                        .described("An average nobody thought about.", "没人考虑过的平均值。"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("combines across funnels");
    }
}
