package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A formula over measures and other metrics: numbers, references, + − × ÷. Built-in metrics are written as
 * expressions; user-defined metrics are parsed into one. It is data, never code: the evaluator and the feasibility
 * check each walk it in their own way.
 */
public sealed interface Expression permits Expression.Constant, Expression.Reference, Expression.Binary {

    /** The keys this expression reads directly, in key order. */
    default Set<MetricKey> references() {
        Set<MetricKey> keys = new TreeSet<>();
        collectReferences(this, keys);
        return keys;
    }

    private static void collectReferences(Expression expression, Set<MetricKey> into) {
        if (expression instanceof Reference r) {
            into.add(r.key());
        } else if (expression instanceof Binary b) {
            collectReferences(b.left(), into);
            collectReferences(b.right(), into);
        }
    }

    static Constant number(String value) {
        return new Constant(new BigDecimal(value));
    }

    static Reference ref(String key) {
        return new Reference(MetricKey.of(key));
    }

    static Binary plus(Expression left, Expression right) {
        return new Binary(Operator.PLUS, left, right);
    }

    static Binary minus(Expression left, Expression right) {
        return new Binary(Operator.MINUS, left, right);
    }

    static Binary times(Expression left, Expression right) {
        return new Binary(Operator.TIMES, left, right);
    }

    static Binary divide(Expression left, Expression right) {
        return new Binary(Operator.DIVIDE, left, right);
    }

    record Constant(BigDecimal value) implements Expression {
        public Constant {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    record Reference(MetricKey key) implements Expression {
        public Reference {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return key.value();
        }
    }

    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator.symbol() + " " + right + ")";
        }
    }

    enum Operator {
        PLUS("+"),
        MINUS("-"),
        TIMES("*"),
        DIVIDE("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
