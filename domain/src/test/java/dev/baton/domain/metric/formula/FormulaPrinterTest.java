package dev.baton.domain.metric.formula;

import static dev.baton.domain.metric.formula.Expression.divide;
import static dev.baton.domain.metric.formula.Expression.minus;
import static dev.baton.domain.metric.formula.Expression.number;
import static dev.baton.domain.metric.formula.Expression.plus;
import static dev.baton.domain.metric.formula.Expression.ref;
import static dev.baton.domain.metric.formula.Expression.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FormulaPrinterTest {

    @Test
    void writesOnlyTheParenthesesTheGrammarNeeds() {
        assertThat(FormulaPrinter.print(
                        divide(plus(ref("sales_expense"), ref("marketing_expense")), ref("new_customers"))))
                .isEqualTo("(sales_expense + marketing_expense) / new_customers");
        assertThat(FormulaPrinter.print(plus(ref("a"), times(ref("b"), ref("c")))))
                .isEqualTo("a + b * c");
        assertThat(FormulaPrinter.print(minus(minus(ref("a"), ref("b")), ref("c"))))
                .isEqualTo("a - b - c");
    }

    @Test
    void keepsParenthesesAroundARightOperandOfEqualPrecedence() {
        assertThat(FormulaPrinter.print(minus(ref("a"), minus(ref("b"), ref("c")))))
                .isEqualTo("a - (b - c)");
        assertThat(FormulaPrinter.print(divide(ref("a"), times(ref("b"), ref("c")))))
                .isEqualTo("a / (b * c)");
    }

    @Test
    void writesNumbersPlainly() {
        assertThat(FormulaPrinter.print(times(ref("ltv"), new Expression.Constant(new BigDecimal("1E+3")))))
                .isEqualTo("ltv * 1000");
        assertThat(FormulaPrinter.print(minus(ref("a"), number("-2")))).isEqualTo("a - -2");
    }

    @Test
    void everyBuiltInFormulaReadsBackToItself() throws FormulaSyntaxException {
        for (MetricDefinition definition : BuiltInMetricCatalog.instance().all()) {
            if (definition.formula().isPresent()) {
                Expression formula = definition.formula().get();
                assertThat(FormulaParser.parse(FormulaPrinter.print(formula)))
                        .as(definition.key().value())
                        .isEqualTo(formula);
            }
        }
    }

    @Property
    void printedFormulasParseBackToTheSameExpression(@ForAll("expressions") Expression expression)
            throws FormulaSyntaxException {
        assertThat(FormulaParser.parse(FormulaPrinter.print(expression))).isEqualTo(expression);
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return Arbitraries.recursive(this::leaf, this::binaryOver, 0, 5);
    }

    private Arbitrary<Expression> leaf() {
        Arbitrary<Expression> numbers = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(2)
                .map(Expression.Constant::new);
        Arbitrary<Expression> references = Arbitraries.of(
                        "revenue", "orders", "entered:mql", "entered:follow-up", "cac")
                .map(Expression::ref);
        return Arbitraries.oneOf(numbers, references);
    }

    private Arbitrary<Expression> binaryOver(Arbitrary<Expression> operands) {
        Arbitrary<Expression> rightOperands = Arbitraries.oneOf(leaf(), operands);
        return Combinators.combine(Arbitraries.of(Expression.Operator.values()), operands, rightOperands)
                .as((operator, left, right) -> (Expression) new Expression.Binary(operator, left, right));
    }
}
