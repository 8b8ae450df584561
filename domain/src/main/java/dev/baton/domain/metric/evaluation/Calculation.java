package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.metric.formula.FormulaPrinter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the arithmetic, after {@link DependencyWalk} has made sure every input is there and the formulas end.
 * Sub-metrics are computed once and kept unrounded; the first zero divisor stops the run and is remembered as the
 * reason.
 */
final class Calculation {

    private final MetricCatalog catalog;
    private final Optional<StageScope> scope;
    private final Map<MetricKey, BigDecimal> given;
    /** Sub-metrics computed so far: apart from the inputs, which are not copied for a calculation that reads a few. */
    private final Map<MetricKey, BigDecimal> computedSoFar = new HashMap<>();

    private NoValueReason.DivisionByZero divisionByZero;

    Calculation(MetricCatalog catalog, Optional<StageScope> scope, Map<MetricKey, BigDecimal> inputs) {
        this.catalog = catalog;
        this.scope = scope;
        this.given = inputs;
    }

    Optional<BigDecimal> valueOf(MetricKey key) {
        BigDecimal value = given.get(key);
        if (value == null) {
            value = computedSoFar.get(key);
        }
        if (value != null) {
            return Optional.of(value);
        }
        Expression formula = catalog.find(key)
                .flatMap(definition -> definition.formulaFor(scope))
                .orElseThrow(() -> new IllegalStateException("the dependency walk let " + key + " through"));
        Optional<BigDecimal> computed = evaluate(formula, key);
        computed.ifPresent(result -> computedSoFar.put(key, result));
        return computed;
    }

    Optional<NoValueReason.DivisionByZero> divisionByZero() {
        return Optional.ofNullable(divisionByZero);
    }

    private Optional<BigDecimal> evaluate(Expression expression, MetricKey within) {
        if (expression instanceof Expression.Constant constant) {
            return Optional.of(constant.value());
        }
        if (expression instanceof Expression.Reference reference) {
            return valueOf(reference.key());
        }
        Expression.Binary binary = (Expression.Binary) expression;
        Optional<BigDecimal> left = evaluate(binary.left(), within);
        if (left.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> right = evaluate(binary.right(), within);
        if (right.isEmpty()) {
            return Optional.empty();
        }
        return apply(binary, left.get(), right.get(), within);
    }

    private Optional<BigDecimal> apply(Expression.Binary binary, BigDecimal left, BigDecimal right, MetricKey within) {
        switch (binary.operator()) {
            case PLUS:
                return Optional.of(left.add(right, Rounding.INTERMEDIATE));
            case MINUS:
                return Optional.of(left.subtract(right, Rounding.INTERMEDIATE));
            case TIMES:
                return Optional.of(left.multiply(right, Rounding.INTERMEDIATE));
            case DIVIDE:
                if (right.signum() == 0) {
                    divisionByZero = new NoValueReason.DivisionByZero(within, FormulaPrinter.print(binary.right()));
                    return Optional.empty();
                }
                return Optional.of(left.divide(right, Rounding.INTERMEDIATE));
            default:
                throw new IllegalStateException("unknown operator " + binary.operator());
        }
    }
}
