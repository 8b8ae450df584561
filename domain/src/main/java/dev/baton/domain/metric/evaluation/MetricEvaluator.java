package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Computes the actual of a metric from recorded measures. Any metric may also be supplied directly among the inputs
 * (a known AOV, an ARR from the billing system); a supplied value wins over the formula, so LTV can be computed from
 * raw revenue, orders and new customers or from an AOV someone already has. A result is always a {@link MetricValue}:
 * a division by zero, a missing input or a negative measure is a reason, never an exception or NaN.
 */
public final class MetricEvaluator {

    private final MetricCatalog catalog;
    private final boolean rounded;
    private volatile NegativeCheck lastNegativeCheck;

    public MetricEvaluator(MetricCatalog catalog) {
        this(catalog, true);
    }

    private MetricEvaluator(MetricCatalog catalog, boolean rounded) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.rounded = rounded;
    }

    /**
     * An evaluator whose values are not rounded for their unit, for judging a value against a bar: an LTV / CAC of
     * 2.995 is shown as 3.00 but does not meet "at least 3". Values are still checked to be representable.
     */
    public static MetricEvaluator unrounded(MetricCatalog catalog) {
        return new MetricEvaluator(catalog, false);
    }

    public MetricValue evaluate(MetricKey key, Map<MetricKey, BigDecimal> inputs) {
        return evaluate(key, Optional.empty(), inputs);
    }

    /**
     * @param scope the pair of stages for a stage-scoped metric (and for any stage-scoped metric its formula reads);
     *     ignored by the others
     * @param inputs recorded measures and directly known metric values; measures must not be negative
     */
    public MetricValue evaluate(MetricKey key, Optional<StageScope> scope, Map<MetricKey, BigDecimal> inputs) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
        // No copy when the inputs are already an unmodifiable copy (see RolledUpMeasures): a scorecard evaluates
        // thousands of metrics over the same few periods' measures.
        Map<MetricKey, BigDecimal> given = Map.copyOf(Objects.requireNonNull(inputs, "inputs"));

        Optional<MetricDefinition> definition = catalog.find(key);
        if (definition.isEmpty()) {
            return new MetricValue.Unavailable(key, new NoValueReason.UnknownMetric(key));
        }
        Optional<NoValueReason.NegativeMeasures> negative = negativeMeasuresOf(given);
        if (negative.isPresent()) {
            return new MetricValue.Unavailable(key, negative.get());
        }
        DependencyWalk.Result dependencies = DependencyWalk.from(key, catalog, scope, given.keySet());
        if (dependencies.problem().isPresent()) {
            return new MetricValue.Unavailable(key, dependencies.problem().get());
        }
        SortedSet<MetricKey> missing = dependencies.leaves();
        if (!missing.isEmpty()) {
            return new MetricValue.Unavailable(key, new NoValueReason.MissingInputs(missing));
        }
        return calculate(definition.get(), scope, given);
    }

    /**
     * The measures a metric rests on, following formulas through other metrics: what a form must ask for. A measure
     * needs itself. A stage-scoped metric without a scope needs stage entries that cannot be named yet, so they are
     * left out; unknown keys and cycles end the walk where they occur.
     */
    public SortedSet<MetricKey> inputsNeeded(MetricKey key, Optional<StageScope> scope) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
        return DependencyWalk.from(key, catalog, scope, Set.of()).leaves();
    }

    /** The measures a metric that is not stage-scoped rests on; see {@link #inputsNeeded(MetricKey, Optional)}. */
    public SortedSet<MetricKey> inputsNeeded(MetricKey key) {
        return inputsNeeded(key, Optional.empty());
    }

    /**
     * As {@link #negativeMeasuresIn(Map)} for an unmodifiable copy ({@link Map#copyOf}), answered again without a walk
     * when it is the very copy asked about last: it cannot have changed since.
     */
    private Optional<NoValueReason.NegativeMeasures> negativeMeasuresOf(Map<MetricKey, BigDecimal> copy) {
        NegativeCheck last = lastNegativeCheck;
        if (last != null && last.inputs() == copy) {
            return last.negative();
        }
        Optional<NoValueReason.NegativeMeasures> negative = negativeMeasuresIn(copy);
        lastNegativeCheck = new NegativeCheck(copy, negative);
        return negative;
    }

    /** The inputs checked last for negative measures, and what was found. */
    private record NegativeCheck(
            Map<MetricKey, BigDecimal> inputs, Optional<NoValueReason.NegativeMeasures> negative) {}

    /**
     * Every supplied measure below zero, so that an input form can refuse them by name. Directly supplied metrics may
     * be negative (revenue growth, LTV profit form), measures may not.
     */
    public Optional<NoValueReason.NegativeMeasures> negativeMeasuresIn(Map<MetricKey, BigDecimal> inputs) {
        SortedMap<MetricKey, BigDecimal> negative = new TreeMap<>();
        inputs.forEach((key, value) -> {
            if (value.signum() < 0
                    && catalog.find(key).map(MetricDefinition::isMeasure).orElse(false)) {
                negative.put(key, value);
            }
        });
        return negative.isEmpty() ? Optional.empty() : Optional.of(new NoValueReason.NegativeMeasures(negative));
    }

    private MetricValue calculate(
            MetricDefinition definition, Optional<StageScope> scope, Map<MetricKey, BigDecimal> given) {
        MetricKey key = definition.key();
        Calculation calculation = new Calculation(catalog, scope, given);
        Optional<BigDecimal> value;
        try {
            value = calculation.valueOf(key);
        } catch (ArithmeticException exponentOverflow) {
            // Only reachable with absurd magnitudes (an exponent beyond what BigDecimal can hold).
            return new MetricValue.Unavailable(key, new NoValueReason.OutOfRange(key));
        }
        if (value.isEmpty()) {
            return new MetricValue.Unavailable(
                    key, calculation.divisionByZero().orElseThrow(IllegalStateException::new));
        }
        if (!Rounding.isRepresentable(value.get())) {
            return new MetricValue.Unavailable(key, new NoValueReason.OutOfRange(key));
        }
        BigDecimal result = rounded ? Rounding.round(value.get(), definition.unit()) : value.get();
        return new MetricValue.Computed(key, result, definition.unit());
    }
}
