package dev.baton.domain.measure;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.NoValueReason;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The measures of one period as actuals are computed from them: each recorded for the period or rolled up from its
 * parts by {@link MeasureRollUp}, with the months it covers, and the measures its parts hold that do not roll up.
 */
public final class RolledUpMeasures {

    private final Period period;
    private final SortedMap<MetricKey, RolledUpMeasure> values;
    private final SortedSet<MetricKey> notRolledUp;
    private final Map<MetricKey, BigDecimal> amounts;
    private final Map<MetricKey, BigDecimal> wholeAmounts;
    /** The amounts as the evaluator takes them: an unmodifiable copy, which it need not copy again. */
    private final Map<MetricKey, BigDecimal> inputs;

    public RolledUpMeasures(Period period, Map<MetricKey, RolledUpMeasure> values, Collection<MetricKey> notRolledUp) {
        this.period = Objects.requireNonNull(period, "period");
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        this.notRolledUp = Collections.unmodifiableSortedSet(new TreeSet<>(notRolledUp));
        SortedMap<MetricKey, BigDecimal> all = new TreeMap<>();
        SortedMap<MetricKey, BigDecimal> whole = new TreeMap<>();
        this.values.forEach((key, value) -> {
            all.put(key, value.amount());
            if (!value.coverage().partial()) {
                whole.put(key, value.amount());
            }
        });
        this.amounts = Collections.unmodifiableSortedMap(all);
        this.wholeAmounts = Collections.unmodifiableSortedMap(whole);
        this.inputs = Map.copyOf(all);
    }

    public static RolledUpMeasures none(Period period) {
        return new RolledUpMeasures(period, Map.of(), Collections.emptySet());
    }

    public Period period() {
        return period;
    }

    public Optional<RolledUpMeasure> valueOf(MetricKey measure) {
        return Optional.ofNullable(values.get(measure));
    }

    /** The measures the period's parts hold but cannot combine; see {@code RollUp.NONE}. */
    public SortedSet<MetricKey> notRolledUp() {
        return notRolledUp;
    }

    /** Every value, partial ones included: what the scorecard shows, "to date" where it is partial. */
    public Map<MetricKey, BigDecimal> amounts() {
        return amounts;
    }

    /**
     * Only the values that cover the whole period. A running quarter's revenue to date is not the quarter's revenue,
     * so rules that take an actual as a fact about the whole period (feasibility, LTV / CAC) are given these.
     */
    public Map<MetricKey, BigDecimal> wholeAmounts() {
        return wholeAmounts;
    }

    /** The thinnest coverage among those measures that have a value; the whole period when none has. */
    public Coverage coverageOf(Collection<MetricKey> measures) {
        Coverage coverage = Coverage.whole(period);
        for (MetricKey measure : measures) {
            RolledUpMeasure value = values.get(measure);
            if (value != null) {
                coverage = coverage.thinner(value.coverage());
            }
        }
        return coverage;
    }

    /**
     * The metric's actual over these measures. When it has no value because a measure the parts hold does not roll
     * up, the reason says so and names the period to record it for.
     */
    public Actual evaluate(MetricEvaluator evaluator, MetricKey metric, Optional<StageScope> scope) {
        MetricValue value = explained(value(evaluator, metric, scope));
        // Most periods are whole (every month, every fully recorded quarter): no need to walk the formula for inputs.
        Coverage coverage = wholeAmounts.size() == amounts.size()
                ? Coverage.whole(period)
                : coverageOf(evaluator.inputsNeeded(metric, scope));
        return new Actual(value, coverage);
    }

    /**
     * The metric's value over {@link #amounts()}, partial ones included, as {@code evaluator.evaluate(metric, scope,
     * amounts())} answers it, without copying the amounts for each metric.
     */
    public MetricValue value(MetricEvaluator evaluator, MetricKey metric, Optional<StageScope> scope) {
        return evaluator.evaluate(metric, scope, inputs);
    }

    private MetricValue explained(MetricValue value) {
        if (notRolledUp.isEmpty()
                || !(value instanceof MetricValue.Unavailable unavailable)
                || !(unavailable.reason() instanceof NoValueReason.MissingInputs missing)) {
            return value;
        }
        SortedSet<MetricKey> stuck = new TreeSet<>(missing.measures());
        stuck.retainAll(notRolledUp);
        if (stuck.isEmpty()) {
            return value;
        }
        return new MetricValue.Unavailable(
                value.key(), new NoValueReason.NotRolledUp(period, missing.measures(), stuck));
    }
}
