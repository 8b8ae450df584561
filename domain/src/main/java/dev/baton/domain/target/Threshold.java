package dev.baton.domain.target;

import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The bar a KPI target sets: AT_LEAST x, AT_MOST x, or BETWEEN x and y (both ends included). Numbers are compared by
 * value, so {@code 500} and {@code 500.00} are the same bar.
 */
public final class Threshold {

    private final Comparison comparison;
    private final BigDecimal minimum;
    private final BigDecimal maximum;

    private Threshold(Comparison comparison, BigDecimal minimum, BigDecimal maximum) {
        this.comparison = comparison;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public static Threshold atLeast(BigDecimal minimum) {
        return new Threshold(Comparison.AT_LEAST, required(minimum, "field.AT_LEAST_NEEDS_NUMBER"), null);
    }

    public static Threshold atLeast(String minimum) {
        return atLeast(number(minimum, "field.AT_LEAST_NEEDS_NUMBER"));
    }

    public static Threshold atMost(BigDecimal maximum) {
        return new Threshold(Comparison.AT_MOST, null, required(maximum, "field.AT_MOST_NEEDS_NUMBER"));
    }

    public static Threshold atMost(String maximum) {
        return atMost(number(maximum, "field.AT_MOST_NEEDS_NUMBER"));
    }

    /**
     * BETWEEN {@code minimum} and {@code maximum}, both included.
     *
     * @throws IllegalArgumentException when a number is missing (saying which) or the minimum lies above the maximum
     */
    public static Threshold between(BigDecimal minimum, BigDecimal maximum) {
        if (minimum == null && maximum == null) {
            throw new InvalidValueException("field.BETWEEN_NEEDS_BOTH");
        }
        required(minimum, "field.BETWEEN_NEEDS_MINIMUM");
        required(maximum, "field.BETWEEN_NEEDS_MAXIMUM");
        if (minimum.compareTo(maximum) > 0) {
            throw new InvalidValueException("field.MIN_ABOVE_MAX", minimum.toPlainString(), maximum.toPlainString());
        }
        return new Threshold(Comparison.BETWEEN, minimum, maximum);
    }

    public static Threshold between(String minimum, String maximum) {
        return between(number(minimum, "field.BETWEEN_NEEDS_MINIMUM"), number(maximum, "field.BETWEEN_NEEDS_MAXIMUM"));
    }

    /** Builds a threshold of the given comparison; {@code second} is used by BETWEEN only. */
    public static Threshold of(Comparison comparison, BigDecimal first, BigDecimal second) {
        Objects.requireNonNull(comparison, "a threshold needs a comparison: AT_LEAST, AT_MOST or BETWEEN");
        if (comparison == Comparison.AT_LEAST) {
            return atLeast(first);
        }
        if (comparison == Comparison.AT_MOST) {
            return atMost(first);
        }
        return between(first, second);
    }

    private static BigDecimal required(BigDecimal number, String codeWhenMissing) {
        if (number == null) {
            throw new InvalidValueException(codeWhenMissing);
        }
        return number;
    }

    private static BigDecimal number(String text, String codeWhenMissing) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(codeWhenMissing);
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("field.THRESHOLD_NOT_A_NUMBER", text);
        }
    }

    public Comparison comparison() {
        return comparison;
    }

    /** The lowest value meeting the bar, if there is one (AT_LEAST and BETWEEN). */
    public Optional<BigDecimal> lower() {
        return Optional.ofNullable(minimum);
    }

    /** The highest value meeting the bar, if there is one (AT_MOST and BETWEEN). */
    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(maximum);
    }

    public boolean isMet(BigDecimal value) {
        Objects.requireNonNull(value, "a value is needed to tell whether it meets the bar");
        return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /** Whether some value meets both bars. */
    public boolean overlaps(Threshold other) {
        boolean belowOthersMax = minimum == null || other.maximum == null || minimum.compareTo(other.maximum) <= 0;
        boolean aboveOthersMin = maximum == null || other.minimum == null || maximum.compareTo(other.minimum) >= 0;
        return belowOthersMax && aboveOthersMin;
    }

    /**
     * Whether this bar runs against the metric's good direction: AT_MOST on a metric where higher is better, AT_LEAST
     * where lower is better. Allowed, but worth a flag in the form.
     */
    public boolean against(Direction direction) {
        Objects.requireNonNull(direction, "direction");
        return (comparison == Comparison.AT_MOST && direction == Direction.HIGHER_IS_BETTER)
                || (comparison == Comparison.AT_LEAST && direction == Direction.LOWER_IS_BETTER);
    }

    /** Which way the bar pushes its metric: up for AT_LEAST, down for AT_MOST, neither way for BETWEEN. */
    public Optional<Push> push() {
        if (comparison == Comparison.AT_LEAST) {
            return Optional.of(Push.UP);
        }
        if (comparison == Comparison.AT_MOST) {
            return Optional.of(Push.DOWN);
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Threshold)) {
            return false;
        }
        Threshold other = (Threshold) o;
        return comparison == other.comparison
                && sameNumber(minimum, other.minimum)
                && sameNumber(maximum, other.maximum);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparison, normalized(minimum), normalized(maximum));
    }

    private static BigDecimal normalized(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }

    /**
     * The bar as a person reads it, with the metric's unit: "≥ 150,000", "≤ 500", "10–20 %". Numbers are written by
     * {@link DisplayNumbers#exact(BigDecimal)}, so a bound is never rounded.
     */
    public String display(Unit unit) {
        return shape(DisplayNumbers::exact) + DisplayNumbers.suffix(unit);
    }

    private String shape(java.util.function.Function<BigDecimal, String> number) {
        if (comparison == Comparison.AT_LEAST) {
            return "≥ " + number.apply(minimum);
        }
        if (comparison == Comparison.AT_MOST) {
            return "≤ " + number.apply(maximum);
        }
        return number.apply(minimum) + "–" + number.apply(maximum);
    }

    /** The bar with plain numbers ("≥ 150000"), for logs and machine-read files; people read {@link #display}. */
    @Override
    public String toString() {
        return shape(BigDecimal::toPlainString);
    }
}
