package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.aPlan;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.alignment.feasibility.Variable;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The feasibility rule over the real built-in catalog: measures are never negative, metrics only where declared so, and
 * a set of numbers that one company could have recorded never conflicts with itself.
 */
class FeasibilityOverTheBuiltInCatalogTest {

    private static final List<MetricKey> MEASURES = BuiltInMetricCatalog.instance().all().stream()
            .filter(MetricDefinition::isMeasure)
            .map(MetricDefinition::key)
            .toList();

    private final TargetsAreJointlyFeasible rule = new TargetsAreJointlyFeasible();

    @Property(tries = 300)
    void randomNonNegativeMeasuresWithNoTargetsNeverConflict(@ForAll("measures") List<BigDecimal> values) {
        PlanTestData.PlanBuilder plan = aPlan().catalog(BuiltInMetricCatalog.instance());
        Map<MetricKey, BigDecimal> recorded = new LinkedHashMap<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            if (values.get(i) != null) {
                recorded.put(MEASURES.get(i), values.get(i));
                plan.actual(MEASURES.get(i).value(), values.get(i).toPlainString());
            }
        }

        assertThat(rule.check(plan.build()))
                .as("measures %s", recorded)
                .filteredOn(f -> f.code() == FindingCode.INFEASIBLE_TARGETS)
                .isEmpty();
    }

    @Provide
    Arbitrary<List<BigDecimal>> measures() {
        Arbitrary<BigDecimal> value = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(BigDecimal.ZERO)),
                        net.jqwik.api.Tuple.of(
                                4, Arbitraries.integers().between(1, 1000).map(BigDecimal::valueOf)),
                        net.jqwik.api.Tuple.of(
                                4,
                                Arbitraries.bigDecimals()
                                        .between(BigDecimal.ZERO, new BigDecimal("1000000000"))
                                        .ofScale(4)))
                .injectNull(0.2);
        return value.list().ofSize(MEASURES.size());
    }

    @Test
    void aProfitFormLtvBelowZeroIsNoConflict() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .actual("customer_revenue", "100")
                .actual("acquisition_cost", "300")
                .actual("retention_cost", "20")
                .build();

        assertThat(rule.check(plan)).isEmpty();
        assertThat(plan.feasibility().interval(plan.period(), Variable.of(MetricKey.of("ltv_profit"))))
                .hasValueSatisfying(ltv -> assertThat(ltv.hi).isEqualByComparingTo("-220"));
    }

    @Test
    void arrFromMovementsMayFallBelowZero() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .actual("annual_subscription_revenue", "1000")
                .actual("expansion_revenue", "0")
                .actual("churned_revenue", "1500")
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aTargetBelowZeroOnAMetricThatMayBeNegativeCanBeMet() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(SALES).on("revenue_growth").atMost("-5"))
                .target(aTarget().forTeam(MARKETING).on("ltv_profit").atMost("-10"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }

    @Test
    void aTargetBelowZeroOnAMeasureIsInfeasible() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(SALES).on("revenue").atMost("-5"))
                .build();

        assertThat(rule.check(plan)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INFEASIBLE_TARGETS);
            assertThat(f.message().en()).contains("≥ 0");
        });
    }

    @Test
    void aTargetBelowZeroOnAMetricDeclaredNeverNegativeIsInfeasible() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("-1"))
                .build();

        assertThat(rule.check(plan)).extracting(Finding::code).containsExactly(FindingCode.INFEASIBLE_TARGETS);
    }

    @Test
    void aQuotientWithAZeroDivisorHasNoValueAndIsNoConflict() {
        AlignmentPlan plan = aPlan().catalog(BuiltInMetricCatalog.instance())
                .actual("churned_customers", "0")
                .actual("customers_at_start", "0")
                .actual("arpu", "100")
                .actual("gross_margin", "40")
                .actual("sales_expense", "1000")
                .actual("marketing_expense", "500")
                .actual("new_customers", "0")
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }
}
