package dev.baton.domain.metric;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a metric or a measure ({@code cac}, {@code revenue}, {@code entered:mql}). Measures and metrics share
 * one namespace because every measure may be targeted as a metric of its own.
 */
public record MetricKey(String value) implements Comparable<MetricKey> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{0,63}(:[a-z0-9][a-z0-9_-]{0,63})?");

    public MetricKey {
        Objects.requireNonNull(value, "a metric key is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("field.NOT_A_METRIC_KEY", value);
        }
    }

    public static MetricKey of(String value) {
        return new MetricKey(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The measure counting entries into a funnel stage: {@code entered:<stage_key>}. */
    public static MetricKey stageEntries(String stageKey) {
        return new MetricKey("entered:" + stageKey);
    }

    @Override
    public int compareTo(MetricKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
