package dev.baton.domain.measure;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.InvalidValueException;

/**
 * Which keys may be recorded: a measure of the catalog ({@code revenue}, {@code orders} …) or the entries into a
 * funnel stage ({@code entered:<stage>}). A computed metric such as {@code cac} is not recorded; it follows from the
 * measures.
 */
public final class MeasureKeys {

    private MeasureKeys() {}

    /**
     * @throws InvalidValueException when the text is not a key, names nothing in the catalog, or names a computed
     *     metric
     */
    public static MetricKey measure(String text, MetricCatalog catalog) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("field.MEASURE_KEY_REQUIRED");
        }
        if (!MetricKey.isValid(trimmed)) {
            throw unknown(trimmed);
        }
        MetricKey key = MetricKey.of(trimmed);
        MetricDefinition definition = catalog.find(key).orElseThrow(() -> unknown(trimmed));
        if (!definition.isMeasure()) {
            throw new InvalidValueException("field.COMPUTED_NOT_MEASURE", trimmed);
        }
        return key;
    }

    private static InvalidValueException unknown(String text) {
        return new InvalidValueException("field.NOT_A_MEASURE", text);
    }
}
