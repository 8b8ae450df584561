package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why a metric has no value for a period: data to show the user, never an exception. Each reason says itself as a
 * {@link Phrase} ({@code reason.…}) that the adapters word in the user's language.
 */
public sealed interface NoValueReason
        permits NoValueReason.DivisionByZero,
                NoValueReason.MissingInputs,
                NoValueReason.NotRolledUp,
                NoValueReason.NegativeMeasures,
                NoValueReason.UnknownMetric,
                NoValueReason.ScopeRequired,
                NoValueReason.CircularDefinition,
                NoValueReason.OutOfRange {

    Phrase phrase();

    /** A formula divided by a divisor that came to zero ({@code new_customers}, or a sum such as {@code a + b}). */
    record DivisionByZero(MetricKey metric, String divisor) implements NoValueReason {
        public DivisionByZero {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(divisor, "divisor");
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("reason.DIVISION_BY_ZERO", metric.value(), divisor);
        }
    }

    /** Every measure the formula needs that was not supplied, not only the first one found. */
    record MissingInputs(SortedSet<MetricKey> measures) implements NoValueReason {
        public MissingInputs {
            Objects.requireNonNull(measures, "measures");
            if (measures.isEmpty()) {
                throw new IllegalArgumentException("missing inputs name at least one measure");
            }
            measures = Collections.unmodifiableSortedSet(new TreeSet<>(measures));
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("reason.MISSING_INPUTS", keys(measures));
        }
    }

    /**
     * Missing inputs of a quarter or a year, some of which were recorded for its months or quarters but do not roll up
     * ({@code RollUp.NONE}, such as {@code previous_revenue}): they have to be recorded for the period itself.
     *
     * @param missing every input without a value
     * @param notRolledUp those among them that the shorter periods hold but cannot combine
     */
    record NotRolledUp(Period period, SortedSet<MetricKey> missing, SortedSet<MetricKey> notRolledUp)
            implements NoValueReason {
        public NotRolledUp {
            Objects.requireNonNull(period, "period");
            missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
            notRolledUp = Collections.unmodifiableSortedSet(new TreeSet<>(notRolledUp));
            if (notRolledUp.isEmpty() || !missing.containsAll(notRolledUp)) {
                throw new IllegalArgumentException("the measures that do not roll up are among the missing inputs");
            }
        }

        @Override
        public Phrase phrase() {
            return Phrase.of(
                    notRolledUp.size() == 1 ? "reason.NOT_ROLLED_UP.one" : "reason.NOT_ROLLED_UP",
                    keys(missing),
                    keys(notRolledUp),
                    period.toString());
        }
    }

    /** Measures are counts and amounts, none of which can be below zero. */
    record NegativeMeasures(SortedMap<MetricKey, BigDecimal> measures) implements NoValueReason {
        public NegativeMeasures {
            Objects.requireNonNull(measures, "measures");
            if (measures.isEmpty()) {
                throw new IllegalArgumentException("negative measures name at least one measure");
            }
            measures = Collections.unmodifiableSortedMap(new TreeMap<>(measures));
        }

        @Override
        public Phrase phrase() {
            // Keys and values as the user typed them, machine-readable: "sales_expense = -5".
            String values = measures.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue().toPlainString())
                    .collect(Collectors.joining(", "));
            return Phrase.of("reason.NEGATIVE_MEASURES", values);
        }
    }

    record UnknownMetric(MetricKey metric) implements NoValueReason {
        public UnknownMetric {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("reason.UNKNOWN_METRIC", metric.value());
        }
    }

    /** A stage-scoped metric asked for without the pair of stages it is measured between. */
    record ScopeRequired(MetricKey metric) implements NoValueReason {
        public ScopeRequired {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("reason.SCOPE_REQUIRED", metric.value());
        }
    }

    /** The chain of definitions that leads back to where it started, {@code a → b → a}. */
    record CircularDefinition(List<MetricKey> chain) implements NoValueReason {
        public CircularDefinition {
            chain = List.copyOf(chain);
        }

        @Override
        public Phrase phrase() {
            String path = chain.stream().map(MetricKey::value).collect(Collectors.joining(" → "));
            return Phrase.of("reason.CIRCULAR_DEFINITION", path);
        }
    }

    /**
     * The inputs are so large or so small that the result cannot be given with {@link Rounding#MAX_INTEGER_DIGITS}
     * digits before the decimal point; no business figure comes near, so this points at a typing or import error.
     */
    record OutOfRange(MetricKey metric) implements NoValueReason {
        public OutOfRange {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("reason.OUT_OF_RANGE", metric.value());
        }
    }

    /** Metric keys as the catalog writes them, comma-separated: identifiers, the same in every language. */
    private static String keys(SortedSet<MetricKey> keys) {
        return keys.stream().map(MetricKey::value).collect(Collectors.joining(", "));
    }
}
