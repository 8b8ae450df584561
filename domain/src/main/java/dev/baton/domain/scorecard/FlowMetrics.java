package dev.baton.domain.scorecard;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.Expression;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which metrics are <b>flows</b>: quantities that grow with the time they are counted over, so that a running period's
 * value to date can be projected to its end. A measure that rolls up by SUM (leads, deals, spend, revenue, stage
 * entries) counts over time once; any other measure (an average, a stock, a contract term) does not. A product adds
 * those degrees (deals × average deal value is a flow), a sum or difference is a flow only when both sides are, and a
 * quotient by anything but a constant is a rate (spend ÷ new customers, churned ÷ customers at start), however its
 * parts grow. A metric is a flow when its degree is exactly one;
 * anything else (a rate, an average, a stock, an unknown key, a cycle) is judged on its value to date.
 */
public final class FlowMetrics {

    private final MetricCatalog catalog;

    public FlowMetrics(MetricCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public boolean isFlow(MetricKey metric, Optional<StageScope> scope) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        OptionalInt degree = degree(metric, scope, new HashSet<>());
        return degree.isPresent() && degree.getAsInt() == 1;
    }

    private OptionalInt degree(MetricKey key, Optional<StageScope> scope, Set<MetricKey> walking) {
        Optional<MetricDefinition> definition = catalog.find(key);
        if (definition.isEmpty()) {
            return OptionalInt.empty();
        }
        if (definition.get().isMeasure()) {
            return OptionalInt.of(definition.get().rollUp() == RollUp.SUM ? 1 : 0);
        }
        Optional<Expression> formula = definition.get().formulaFor(scope);
        if (formula.isEmpty() || !walking.add(key)) {
            return OptionalInt.empty();
        }
        OptionalInt degree = degree(formula.get(), scope, walking);
        walking.remove(key);
        return degree;
    }

    private OptionalInt degree(Expression expression, Optional<StageScope> scope, Set<MetricKey> walking) {
        if (expression instanceof Expression.Constant) {
            return OptionalInt.of(0);
        }
        if (expression instanceof Expression.Reference reference) {
            return degree(reference.key(), scope, walking);
        }
        Expression.Binary binary = (Expression.Binary) expression;
        OptionalInt left = degree(binary.left(), scope, walking);
        OptionalInt right = degree(binary.right(), scope, walking);
        if (left.isEmpty() || right.isEmpty()) {
            return OptionalInt.empty();
        }
        int l = left.getAsInt();
        int r = right.getAsInt();
        return switch (binary.operator()) {
            case PLUS, MINUS -> l == r ? OptionalInt.of(l) : OptionalInt.empty();
            case TIMES -> OptionalInt.of(l + r);
            // A quotient by a quantity is a rate (CAC, a churn rate over the customers at start), judged as such.
            case DIVIDE -> binary.right() instanceof Expression.Constant ? OptionalInt.of(l) : OptionalInt.of(0);
        };
    }
}
