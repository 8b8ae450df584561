package dev.baton.domain.measure;

import dev.baton.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A recorded amount: a decimal that is never negative and fits the store exactly (at most 28 digits before the point
 * and 10 after it). {@link BigDecimal} has no NaN or infinity, and {@link #parse(String)} refuses their spellings.
 */
public record MeasureValue(BigDecimal amount) implements Comparable<MeasureValue> {

    public static final int MAX_INTEGER_DIGITS = 28;
    public static final int MAX_FRACTION_DIGITS = 10;

    /** Longer than any figure a person types; keeps a pasted wall of digits from costing a parse. */
    static final int MAX_TEXT_LENGTH = 60;

    public MeasureValue {
        Objects.requireNonNull(amount, "a measure value needs an amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException("field.MEASURE_NEGATIVE", amount.toPlainString());
        }
        BigDecimal normal = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (normal.scale() > MAX_FRACTION_DIGITS) {
            throw new InvalidValueException("field.MEASURE_TOO_MANY_DECIMALS", MAX_FRACTION_DIGITS);
        }
        if (normal.precision() - normal.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("field.MEASURE_TOO_MANY_DIGITS", MAX_INTEGER_DIGITS);
        }
        amount = normal.scale() < 0 ? normal.setScale(0) : normal;
    }

    public static MeasureValue of(BigDecimal amount) {
        return new MeasureValue(amount);
    }

    public static MeasureValue of(long amount) {
        return new MeasureValue(BigDecimal.valueOf(amount));
    }

    /**
     * Reads a plain decimal such as {@code 1800000}, {@code 0.8} or {@code 1e3}.
     *
     * @throws InvalidValueException for blank text, anything that is not a number, or a negative or oversized one
     */
    public static MeasureValue parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("field.NUMBER_REQUIRED");
        }
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw notANumber(trimmed.substring(0, 20) + "…");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw notANumber(trimmed);
        }
        return new MeasureValue(amount);
    }

    private static InvalidValueException notANumber(String text) {
        return new InvalidValueException("field.NOT_A_NUMBER", text);
    }

    /** The digits without exponent, as stored and exported: {@code 1800000}, {@code 0.8}. */
    public String format() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(MeasureValue other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
