package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Why a metric has no value for a period: data to show the user, never an exception. */
public sealed interface NoValueReason
        permits NoValueReason.DivisionByZero,
                NoValueReason.MissingInputs,
                NoValueReason.NotRolledUp,
                NoValueReason.NegativeMeasures,
                NoValueReason.UnknownMetric,
                NoValueReason.ScopeRequired,
                NoValueReason.CircularDefinition,
                NoValueReason.OutOfRange {

    LocalizedText message();

    /** A formula divided by a divisor that came to zero ({@code new_customers}, or a sum such as {@code a + b}). */
    record DivisionByZero(MetricKey metric, String divisor) implements NoValueReason {
        public DivisionByZero {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(divisor, "divisor");
        }

        @Override
        public LocalizedText message() {
            return LocalizedText.of(
                    "no value for " + metric + ": it divides by " + divisor + ", which is 0",
                    metric + " 无值：除数 " + divisor + " 为 0");
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
        public LocalizedText message() {
            String names = measures.stream().map(MetricKey::value).collect(Collectors.joining(", "));
            return LocalizedText.of("no value: missing inputs " + names, "无值：缺少输入 " + names);
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
        public LocalizedText message() {
            String all = names(missing);
            String stuck = names(notRolledUp);
            boolean one = notRolledUp.size() == 1;
            return LocalizedText.of(
                    "no value: missing inputs " + all + "; " + stuck + (one ? " does" : " do")
                            + " not roll up from shorter periods: record " + (one ? "it" : "them") + " for " + period,
                    "无值：缺少输入 " + all + "；" + stuck + " 不能由更短的期间汇总：请为 " + period + " 录入");
        }

        private static String names(SortedSet<MetricKey> keys) {
            return keys.stream().map(MetricKey::value).collect(Collectors.joining(", "));
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
        public LocalizedText message() {
            String values = measures.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue().toPlainString())
                    .collect(Collectors.joining(", "));
            return LocalizedText.of("a measure cannot be negative: " + values, "度量值不能为负数：" + values);
        }
    }

    record UnknownMetric(MetricKey metric) implements NoValueReason {
        public UnknownMetric {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public LocalizedText message() {
            return LocalizedText.of("the catalog has no metric or measure " + metric, "目录中没有指标或度量 " + metric);
        }
    }

    /** A stage-scoped metric asked for without the pair of stages it is measured between. */
    record ScopeRequired(MetricKey metric) implements NoValueReason {
        public ScopeRequired {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public LocalizedText message() {
            return LocalizedText.of(
                    metric + " is measured between two funnel stages: name them", metric + " 按两个漏斗阶段计算：请指定阶段");
        }
    }

    /** The chain of definitions that leads back to where it started, {@code a → b → a}. */
    record CircularDefinition(List<MetricKey> chain) implements NoValueReason {
        public CircularDefinition {
            chain = List.copyOf(chain);
        }

        @Override
        public LocalizedText message() {
            String path = chain.stream().map(MetricKey::value).collect(Collectors.joining(" → "));
            return LocalizedText.of("no value: the formulas form a cycle " + path, "无值：公式形成循环 " + path);
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
        public LocalizedText message() {
            return LocalizedText.of(
                    "no value for " + metric + ": the inputs are too large or too small to compute with",
                    metric + " 无值：输入数值过大或过小，无法计算");
        }
    }
}
