package dev.baton.domain.metric.evaluation;

import static dev.baton.domain.metric.MetricTestData.builtInEvaluator;
import static dev.baton.domain.metric.MetricTestData.inputs;
import static dev.baton.domain.metric.MetricTestData.key;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.MetricTestData.Inputs;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.money.Money;
import dev.baton.domain.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MetricEvaluatorTest {

    private final MetricEvaluator evaluator = builtInEvaluator();

    @Test
    void divisionByZeroGivesNoValueNamingTheDivisor() {
        Inputs noNewCustomers = inputs().with("sales_expense", "600")
                .with("marketing_expense", "400")
                .with("new_customers", "0");

        MetricValue cac = evaluator.evaluate(key("cac"), noNewCustomers.asMap());

        assertThat(cac).isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> {
            assertThat(unavailable.reason()).isEqualTo(new NoValueReason.DivisionByZero(key("cac"), "new_customers"));
            assertThat(en(unavailable.reason().phrase())).contains("new_customers", "0");
        });
    }

    @Test
    void divisionByZeroInsideASubMetricNamesThatMetricAndItsDivisor() {
        Inputs noOrders = inputs().with("revenue", "1000")
                .with("orders", "0")
                .with("new_customers", "10")
                .with("lifespan_years", "1");

        MetricValue ltv = evaluator.evaluate(key("ltv"), noOrders.asMap());

        assertThat(ltv)
                .isEqualTo(new MetricValue.Unavailable(
                        key("ltv"), new NoValueReason.DivisionByZero(key("average_order_value"), "orders")));
    }

    @Test
    void aCompoundDivisorIsNamedAsAFormula() {
        MetricValue payback = evaluator.evaluate(
                key("cac_payback_months"),
                inputs().with("cac", "800")
                        .with("arpu", "0")
                        .with("gross_margin", "80")
                        .asMap());

        assertThat(payback)
                .isEqualTo(new MetricValue.Unavailable(
                        key("cac_payback_months"),
                        new NoValueReason.DivisionByZero(key("cac_payback_months"), "arpu * gross_margin / 100")));
    }

    @Test
    void missingInputsListEveryMissingMeasure() {
        MetricValue ltv = evaluator.evaluate(
                key("ltv"), inputs().with("revenue", "1800000").asMap());

        assertThat(ltv).isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> {
            assertThat(unavailable.reason()).isInstanceOf(NoValueReason.MissingInputs.class);
            assertThat(((NoValueReason.MissingInputs) unavailable.reason()).measures())
                    .containsExactly(key("lifespan_years"), key("new_customers"), key("orders"));
            assertThat(en(unavailable.reason().phrase())).contains("lifespan_years, new_customers, orders");
        });
    }

    @Test
    void negativeMeasuresAreRejectedByName() {
        Inputs negativeSpend = inputs().with("sales_expense", "-600")
                .with("marketing_expense", "400")
                .with("new_customers", "-1");

        MetricValue cac = evaluator.evaluate(key("cac"), negativeSpend.asMap());

        assertThat(cac).isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> {
            assertThat(unavailable.reason()).isInstanceOf(NoValueReason.NegativeMeasures.class);
            assertThat(en(unavailable.reason().phrase()))
                    .contains("cannot be negative", "new_customers = -1", "sales_expense = -600");
            assertThat(zh(unavailable.reason().phrase())).contains("sales_expense");
        });
    }

    @Test
    void negativeStageEntriesAreRejectedToo() {
        assertThat(evaluator.negativeMeasuresIn(
                        inputs().with("entered:mql", "-3").asMap()))
                .hasValueSatisfying(negative -> assertThat(negative.measures()).containsOnlyKeys(key("entered:mql")));
    }

    @Test
    void aMetricSuppliedDirectlyMayBeNegative() {
        MetricValue growth = evaluator.evaluate(
                key("revenue_growth"), inputs().with("revenue_growth", "-12.5").asMap());

        assertThat(growth.toOptional())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("-12.5"));
    }

    @Test
    void aDirectInputOverridesTheFormula() {
        Inputs both = inputs().with("revenue", "1800000")
                .with("orders", "360")
                .with("average_order_value", "4000")
                .with("purchase_frequency", "6")
                .with("lifespan_years", "1");

        MetricValue ltv = evaluator.evaluate(key("ltv"), both.asMap());

        assertThat(ltv.toOptional())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("24000"));
    }

    @Test
    void aDirectInputMeansItsOwnInputsAreNotMissing() {
        MetricValue ltvToCac = evaluator.evaluate(
                key("ltv_to_cac"), inputs().with("ltv", "24000").asMap());

        assertThat(ltvToCac)
                .isEqualTo(new MetricValue.Unavailable(
                        key("ltv_to_cac"),
                        new NoValueReason.MissingInputs(new TreeSet<>(
                                List.of(key("marketing_expense"), key("new_customers"), key("sales_expense"))))));
    }

    @Test
    void theFinalValueIsRoundedHalfEvenForItsUnit() {
        MetricValue cac = evaluator.evaluate(
                key("cac"),
                inputs().with("sales_expense", "1000")
                        .with("marketing_expense", "0")
                        .with("new_customers", "3")
                        .asMap());

        assertThat(cac).isEqualTo(new MetricValue.Computed(key("cac"), new BigDecimal("333.33"), Unit.CURRENCY));
    }

    @Test
    void aCurrencyValueCanBeReadAsMoney() {
        MetricValue.Computed newRevenue = (MetricValue.Computed) evaluator.evaluate(
                key("new_revenue"),
                inputs().with("deals", "21").with("average_deal_value", "7500").asMap());

        assertThat(newRevenue.asMoney(Currency.getInstance("CNY"))).contains(Money.of("157500", "CNY"));
    }

    @Test
    void anUnknownMetricHasNoValue() {
        assertThat(evaluator.evaluate(key("happiness"), inputs().asMap()))
                .isEqualTo(new MetricValue.Unavailable(
                        key("happiness"), new NoValueReason.UnknownMetric(key("happiness"))));
    }

    @Test
    void aStageScopedMetricWithoutStagesAsksForThem() {
        assertThat(evaluator.evaluate(key("stage_conversion_rate"), inputs().asMap()))
                .isEqualTo(new MetricValue.Unavailable(
                        key("stage_conversion_rate"), new NoValueReason.ScopeRequired(key("stage_conversion_rate"))));
    }

    @Test
    void inputsNeededFollowFormulasDownToTheMeasures() {
        assertThat(evaluator.inputsNeeded(key("ltv_to_cac"), Optional.empty()))
                .containsExactly(
                        key("lifespan_years"),
                        key("marketing_expense"),
                        key("new_customers"),
                        key("orders"),
                        key("revenue"),
                        key("sales_expense"));
        assertThat(evaluator.inputsNeeded(key("revenue"), Optional.empty())).containsExactly(key("revenue"));
        assertThat(evaluator.inputsNeeded(key("stage_conversion_rate"), Optional.of(new StageScope("mql", "sql"))))
                .containsExactly(key("entered:mql"), key("entered:sql"));
    }

    @Test
    void aCycleInTheCatalogGivesNoValueNamingTheChain() {
        MetricEvaluator cyclic = new MetricEvaluator(new FixedCatalog(List.of(
                metric("a", Expression.plus(Expression.ref("b"), Expression.number("1"))),
                metric("b", Expression.times(Expression.ref("a"), Expression.number("2"))))));

        MetricValue a = cyclic.evaluate(key("a"), inputs().asMap());

        assertThat(a).isInstanceOfSatisfying(MetricValue.Unavailable.class, unavailable -> assertThat(
                        en(unavailable.reason().phrase()))
                .contains("a → b → a"));
    }

    @Test
    void absurdlyLargeInputsGiveNoValueInsteadOfAnEndlessNumber() {
        Inputs absurd = inputs().with("deals", "1E+999999999").with("average_deal_value", "1E+999999999");

        assertThat(evaluator.evaluate(key("new_revenue"), absurd.asMap()))
                .isEqualTo(new MetricValue.Unavailable(
                        key("new_revenue"), new NoValueReason.OutOfRange(key("new_revenue"))));
        assertThat(evaluator.evaluate(
                        key("revenue"), inputs().with("revenue", "1E+40").asMap()))
                .isEqualTo(new MetricValue.Unavailable(key("revenue"), new NoValueReason.OutOfRange(key("revenue"))));
    }

    @Test
    void inputsNeededWithoutAScopeAreThoseOfAnUnscopedMetric() {
        assertThat(evaluator.inputsNeeded(key("cac")))
                .containsExactly(key("marketing_expense"), key("new_customers"), key("sales_expense"));
    }

    private static MetricDefinition metric(String key, Expression formula) {
        return new MetricDefinition(
                MetricKey.of(key),
                LocalizedText.of(key, key),
                LocalizedText.of(key, key),
                Unit.RATIO,
                Direction.HIGHER_IS_BETTER,
                Category.EFFICIENCY,
                Optional.of(formula),
                false,
                false,
                RollUp.NONE);
    }

    private record FixedCatalog(List<MetricDefinition> definitions) implements MetricCatalog {
        @Override
        public Optional<MetricDefinition> find(MetricKey key) {
            return definitions.stream().filter(d -> d.key().equals(key)).findFirst();
        }

        @Override
        public Collection<MetricDefinition> all() {
            return definitions;
        }
    }
}
