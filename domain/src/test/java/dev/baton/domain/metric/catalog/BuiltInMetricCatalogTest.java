package dev.baton.domain.metric.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.metric.formula.FormulaPrinter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInMetricCatalogTest {

    private static final List<String> MEASURES = List.of(
            "revenue",
            "previous_revenue",
            "orders",
            "deals",
            "average_deal_value",
            "new_customers",
            "sales_expense",
            "marketing_expense",
            "leads",
            "visits",
            "returning_visits",
            "purchasing_customers",
            "paying_customers",
            "arpu",
            "contract_value",
            "contract_months",
            "contract_years",
            "annual_subscription_revenue",
            "expansion_revenue",
            "churned_revenue",
            "start_mrr",
            "expansion_mrr",
            "contraction_mrr",
            "churned_mrr",
            "customers_at_start",
            "churned_customers",
            "sqls",
            "won_deals",
            "win_rate",
            "average_deal_size",
            "sales_cycle_days",
            "promoters",
            "passives",
            "detractors",
            "tasks_attempted",
            "tasks_completed",
            "lifespan_years",
            "purchases_per_year",
            "customer_revenue",
            "acquisition_cost",
            "retention_cost",
            "gross_margin",
            "demos",
            "trials",
            "paid_conversions");

    private static final List<String> METRICS = List.of(
            "new_revenue",
            "revenue_growth",
            "cac",
            "average_order_value",
            "purchase_frequency",
            "ltv",
            "ltv_ticket",
            "ltv_profit",
            "ltv_margin",
            "ltv_to_cac",
            "cac_payback_months",
            "mrr",
            "arr",
            "arr_monthly_billing",
            "arr_annual_billing",
            "acv",
            "net_revenue_retention",
            "gross_revenue_retention",
            "customer_churn_rate",
            "cpa",
            "cpl",
            "pipeline_velocity",
            "nps",
            "task_completion_rate",
            "returning_visitor_rate",
            "arpv",
            "average_ticket",
            "win_rate_actual",
            "demo_count",
            "lead_count",
            "paid_conversion_rate",
            "stage_conversion_rate",
            "funnel_conversion_rate");

    private final BuiltInMetricCatalog catalog = BuiltInMetricCatalog.instance();

    @Test
    void holdsEveryMeasureAsADefinitionWithoutFormula() {
        for (String key : MEASURES) {
            assertThat(catalog.find(MetricKey.of(key))).as(key).hasValueSatisfying(definition -> assertThat(
                            definition.isMeasure())
                    .isTrue());
        }
    }

    @Test
    void holdsEveryMetricWithAFormulaOrAStageScope() {
        for (String key : METRICS) {
            assertThat(catalog.find(MetricKey.of(key))).as(key).hasValueSatisfying(definition -> assertThat(
                            definition.isMeasure())
                    .isFalse());
        }
        assertThat(catalog.all()).hasSize(MEASURES.size() + METRICS.size());
    }

    @Test
    void everyEntryIsBuiltInAndNamedAndDescribedInBothLanguages() {
        for (MetricDefinition definition : catalog.all()) {
            assertThat(definition.builtIn()).as(definition.key().value()).isTrue();
            assertThat(definition.name().en()).as(definition.key().value()).isNotBlank();
            assertThat(definition.name().zhCn()).as(definition.key().value()).isNotBlank();
            assertThat(definition.description().en())
                    .as(definition.key().value())
                    .isNotBlank();
            assertThat(definition.description().zhCn())
                    .as(definition.key().value())
                    .isNotBlank();
        }
    }

    @Test
    void everyFormulaReadsOnlyWhatTheCatalogKnows() {
        for (MetricDefinition definition : catalog.all()) {
            definition.formula().ifPresent(formula -> assertThat(formula.references())
                    .as(definition.key().value())
                    .allSatisfy(
                            reference -> assertThat(catalog.contains(reference)).isTrue()));
        }
    }

    @Test
    void answersForEntriesIntoAnyStageAsACountMeasure() {
        Optional<MetricDefinition> entries = catalog.find(MetricKey.stageEntries("mql"));

        assertThat(entries).hasValueSatisfying(definition -> {
            assertThat(definition.isMeasure()).isTrue();
            assertThat(definition.unit()).isEqualTo(Unit.COUNT);
            assertThat(definition.name().en()).contains("mql");
        });
    }

    @Test
    void doesNotKnowMadeUpKeys() {
        assertThat(catalog.find(MetricKey.of("happiness"))).isEmpty();
    }

    @Test
    void stageConversionRateResolvesToEntriesIntoTheNextStageOverEntriesIntoThisOne() {
        MetricDefinition stageConversion =
                catalog.find(MetricKey.of("stage_conversion_rate")).orElseThrow();

        assertThat(stageConversion
                        .formulaFor(Optional.of(new StageScope("mql", "sql")))
                        .map(FormulaPrinter::print))
                .contains("entered:sql / entered:mql * 100");
        assertThat(stageConversion.formulaFor(Optional.empty())).isEmpty();
    }

    @Test
    void funnelConversionRateTakesTheFirstAndLastStageFromTheScope() {
        MetricDefinition funnelConversion =
                catalog.find(MetricKey.of("funnel_conversion_rate")).orElseThrow();

        assertThat(funnelConversion.stageScoped()).isTrue();
        assertThat(funnelConversion
                        .formulaFor(Optional.of(new StageScope("visitor", "customer")))
                        .map(FormulaPrinter::print))
                .contains("entered:customer / entered:visitor * 100");
    }

    @Test
    void costsAreBetterLowAndReturnsBetterHigh() {
        assertThat(catalog.find(MetricKey.of("cac")).orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(catalog.find(MetricKey.of("customer_churn_rate"))
                        .orElseThrow()
                        .direction())
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(catalog.find(MetricKey.of("ltv_to_cac")).orElseThrow().direction())
                .isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void theTwoCorrectedSourceSlipsAreWrittenInTheDescriptions() {
        MetricDefinition ltv = catalog.find(MetricKey.of("ltv")).orElseThrow();
        MetricDefinition taskCompletion =
                catalog.find(MetricKey.of("task_completion_rate")).orElseThrow();

        assertThat(ltv.description().en()).contains("about 8 months", "0.8 years");
        assertThat(ltv.description().zhCn()).contains("8 个月", "0.8 年");
        assertThat(taskCompletion.description().en()).contains("failures", "complement");
        assertThat(taskCompletion.description().zhCn()).contains("失败", "补数");
    }

    @Test
    void ratesAreWrittenInPercentPoints() {
        List<String> percentMetricsWithoutPercentPoints = catalog.all().stream()
                .filter(definition -> definition.unit() == Unit.PERCENT && !definition.isMeasure())
                .filter(definition -> !definition.description().en().contains("100"))
                .map(definition -> definition.key().value())
                .collect(Collectors.toList());

        assertThat(percentMetricsWithoutPercentPoints).isEmpty();
        assertThat(catalog.find(MetricKey.of("pipeline_velocity"))
                        .orElseThrow()
                        .description()
                        .en())
                .contains("percent points");
        assertThat(catalog.find(MetricKey.of("gross_margin"))
                        .orElseThrow()
                        .description()
                        .en())
                .contains("percent points");
    }

    @Test
    void everyMeasureIsNeverNegative() {
        assertThat(catalog.all()).filteredOn(MetricDefinition::isMeasure).allSatisfy(d -> assertThat(d.neverNegative())
                .as(d.key().value())
                .isTrue());
        assertThat(catalog.find(MetricKey.stageEntries("sql")).orElseThrow().neverNegative())
                .isTrue();
    }

    @Test
    void aMetricIsDeclaredNeverNegativeOnlyWhereItsFormulaCannotGoBelowZero() {
        for (MetricDefinition definition : catalog.all()) {
            if (definition.neverNegative() && definition.formula().isPresent()) {
                assertThat(subtracts(definition.formula().get()))
                        .as(definition.key().value())
                        .isFalse();
            }
        }
    }

    @Test
    void profitFormLtvGrowthAndMovementsMayBeNegative() {
        for (String key : List.of("ltv_profit", "revenue_growth", "arr", "net_revenue_retention", "nps")) {
            assertThat(catalog.find(MetricKey.of(key)).orElseThrow().neverNegative())
                    .as(key)
                    .isFalse();
        }
        assertThat(catalog.find(MetricKey.of("cac")).orElseThrow().neverNegative())
                .isTrue();
    }

    private static boolean subtracts(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            return binary.operator() == Expression.Operator.MINUS
                    || subtracts(binary.left())
                    || subtracts(binary.right());
        }
        return false;
    }
}
