package dev.baton.domain.metric.catalog;

import static dev.baton.domain.metric.RollUp.FIRST;
import static dev.baton.domain.metric.RollUp.LAST;
import static dev.baton.domain.metric.RollUp.MEAN;
import static dev.baton.domain.metric.RollUp.NONE;
import static dev.baton.domain.metric.RollUp.SUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each built-in measure's roll-up, written out here so that changing one is a decision, not an accident. */
class RollUpOfBuiltInMeasuresTest {

    private static final Map<String, RollUp> DECIDED = decided();

    private static Map<String, RollUp> decided() {
        Map<String, RollUp> m = new LinkedHashMap<>();
        // Flows: what happened in a quarter is what happened in each month.
        decide(m, SUM, "revenue", "orders", "deals", "new_customers", "sales_expense", "marketing_expense", "leads");
        decide(m, SUM, "visits", "returning_visits", "sqls", "won_deals", "churned_customers", "demos", "trials");
        decide(m, SUM, "expansion_revenue", "churned_revenue", "expansion_mrr", "contraction_mrr", "churned_mrr");
        decide(m, SUM, "promoters", "passives", "detractors", "tasks_attempted", "tasks_completed", "paid_conversions");
        // Opening stocks, and the base that arr adds the period's movements to.
        decide(m, FIRST, "customers_at_start", "start_mrr", "annual_subscription_revenue");
        // Closing stocks.
        decide(m, LAST, "paying_customers");
        // Attributes and averages, including amounts per customer, which a longer period does not multiply.
        decide(m, MEAN, "average_deal_value", "arpu", "win_rate", "average_deal_size", "sales_cycle_days");
        decide(m, MEAN, "contract_value", "contract_months", "contract_years", "lifespan_years", "purchases_per_year");
        decide(m, MEAN, "customer_revenue", "acquisition_cost", "retention_cost", "gross_margin");
        // A quarter's previous revenue is the previous quarter's; distinct buyers of a quarter are no sum of months'.
        decide(m, NONE, "previous_revenue", "purchasing_customers");
        return m;
    }

    private static void decide(Map<String, RollUp> decided, RollUp rollUp, String... measures) {
        for (String measure : measures) {
            decided.put(measure, rollUp);
        }
    }

    private final BuiltInMetricCatalog catalog = BuiltInMetricCatalog.instance();

    @Test
    void everyBuiltInMeasureRollsUpAsDecided() {
        Map<String, RollUp> actual = new LinkedHashMap<>();
        for (MetricDefinition definition : catalog.all()) {
            if (definition.isMeasure()) {
                actual.put(definition.key().value(), definition.rollUp());
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(DECIDED);
    }

    @Test
    void stageEntriesAddUp() {
        assertThat(catalog.find(MetricKey.stageEntries("mql")).orElseThrow().rollUp())
                .isEqualTo(SUM);
    }

    @Test
    void computedMetricsDoNotRollUpThemselves() {
        for (MetricDefinition definition : catalog.all()) {
            if (!definition.isMeasure()) {
                assertThat(definition.rollUp()).as(definition.key().value()).isEqualTo(NONE);
            }
        }
    }

    @Test
    void aComputedMetricCannotBeGivenARollUp() {
        assertThatThrownBy(() -> new MetricDefinition(
                        MetricKey.of("cac"),
                        LocalizedText.of("CAC", "获客成本"),
                        LocalizedText.of("spend / customers", "费用 ÷ 客户"),
                        Unit.CURRENCY,
                        Direction.LOWER_IS_BETTER,
                        Category.ACQUISITION,
                        Optional.of(Expression.ref("sales_expense")),
                        false,
                        true,
                        MEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cac");
    }

    @Test
    void aBuiltInMeasureMustSayHowItRollsUp() {
        assertThatThrownBy(() -> DefinitionBuilder.measure("undecided")
                        .in(Unit.COUNT, Direction.HIGHER_IS_BETTER, Category.ACQUISITION)
                        .named("Undecided", "未定")
                        .described("A measure nobody thought about.", "没人考虑过的度量。"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("undecided");
    }
}
