package dev.baton.application.metric;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.shared.LocalizedText;
import java.util.Objects;

/**
 * A metric an admin adds to the catalog, checked field by field. The formula is only checked for being there; whether
 * it parses and what it refers to is judged against the catalog by the service.
 */
public record DefineCustomMetricCommand(CustomMetric metric) {

    static final int MAX_NAME_LENGTH = 80;
    static final int MAX_DESCRIPTION_LENGTH = 500;
    static final int MAX_FORMULA_LENGTH = 2000;
    private static final String KEY_FORMAT = "[a-z][a-z0-9_]{0,63}";

    public DefineCustomMetricCommand {
        Objects.requireNonNull(metric, "metric");
    }

    /**
     * Builds the command from what a client typed. A name or description given in one language only is used for both,
     * so no page shows an empty heading.
     */
    public static DefineCustomMetricCommand of(
            String key,
            String nameEn,
            String nameZhCn,
            String descriptionEn,
            String descriptionZhCn,
            String unit,
            String direction,
            String category,
            String formula) {
        Validation v = new Validation();
        MetricKey metricKey = key(v, key);
        LocalizedText name = text(v, "name", nameEn, nameZhCn, MAX_NAME_LENGTH, true);
        LocalizedText description =
                text(v, "description", descriptionEn, descriptionZhCn, MAX_DESCRIPTION_LENGTH, false);
        Unit metricUnit = v.enumField("unit", unit, Unit.class);
        Direction metricDirection = v.enumField("direction", direction, Direction.class);
        Category metricCategory = v.enumField("category", category, Category.class);
        String formulaText = formula == null ? "" : formula.strip();
        if (formulaText.isEmpty()) {
            v.add(FieldError.of("formula", "field.FORMULA_REQUIRED_REVENUE_ORDERS"));
        } else if (formulaText.length() > MAX_FORMULA_LENGTH) {
            v.add(FieldError.of("formula", "field.FORMULA_MOST_CHARACTERS", MAX_FORMULA_LENGTH));
        }
        v.throwIfInvalid();
        return new DefineCustomMetricCommand(new CustomMetric(
                metricKey, name, description, metricUnit, metricDirection, metricCategory, formulaText));
    }

    private static MetricKey key(Validation v, String raw) {
        String key = raw == null ? "" : raw.strip();
        if (key.isEmpty()) {
            v.add(FieldError.of("key", "field.KEY_REQUIRED_REVENUE_PER"));
            return null;
        }
        if (!key.matches(KEY_FORMAT)) {
            v.add(FieldError.of("key", "field.NOT_KEY_USE_LOWER", String.valueOf(key)));
            return null;
        }
        return MetricKey.of(key);
    }

    private static LocalizedText text(
            Validation v, String field, String en, String zhCn, int maxLength, boolean required) {
        String english = en == null ? "" : en.strip();
        String chinese = zhCn == null ? "" : zhCn.strip();
        if (required && english.isEmpty() && chinese.isEmpty()) {
            v.add(FieldError.of(field, "field.NAME_REQUIRED_ENGLISH_CHINESE"));
            return null;
        }
        if (english.length() > maxLength || chinese.length() > maxLength) {
            v.add(FieldError.of(field, "field.MOST_CHARACTERS_PER_LANGUAGE", String.valueOf(maxLength)));
            return null;
        }
        return LocalizedText.of(english.isEmpty() ? chinese : english, chinese.isEmpty() ? english : chinese);
    }
}
