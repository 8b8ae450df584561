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
        Unit metricUnit = v.enumField("unit", unit, Unit.class, "单位");
        Direction metricDirection = v.enumField("direction", direction, Direction.class, "方向");
        Category metricCategory = v.enumField("category", category, Category.class, "类别");
        String formulaText = formula == null ? "" : formula.strip();
        if (formulaText.isEmpty()) {
            v.add(FieldError.of(
                    "formula", "A formula is required, e.g. revenue / orders.", "公式为必填项，例如 revenue / orders。"));
        } else if (formulaText.length() > MAX_FORMULA_LENGTH) {
            v.add(FieldError.of(
                    "formula",
                    "A formula has at most " + MAX_FORMULA_LENGTH + " characters.",
                    "公式最多 " + MAX_FORMULA_LENGTH + " 个字符。"));
        }
        v.throwIfInvalid();
        return new DefineCustomMetricCommand(new CustomMetric(
                metricKey, name, description, metricUnit, metricDirection, metricCategory, formulaText));
    }

    private static MetricKey key(Validation v, String raw) {
        String key = raw == null ? "" : raw.strip();
        if (key.isEmpty()) {
            v.add(FieldError.of("key", "A key is required, e.g. revenue_per_order.", "键为必填项，例如 revenue_per_order。"));
            return null;
        }
        if (!key.matches(KEY_FORMAT)) {
            v.add(FieldError.of(
                    "key",
                    "'" + key + "' is not a key: use lower-case letters, digits and underscores, starting with a"
                            + " letter, at most 64 characters.",
                    "“" + key + "”不是有效的键：请使用小写字母、数字和下划线，以字母开头，最多 64 个字符。"));
            return null;
        }
        return MetricKey.of(key);
    }

    private static LocalizedText text(
            Validation v, String field, String en, String zhCn, int maxLength, boolean required) {
        String english = en == null ? "" : en.strip();
        String chinese = zhCn == null ? "" : zhCn.strip();
        if (required && english.isEmpty() && chinese.isEmpty()) {
            v.add(FieldError.of(field, "A name is required, in English or Chinese.", "名称为必填项（英文或中文）。"));
            return null;
        }
        if (english.length() > maxLength || chinese.length() > maxLength) {
            v.add(FieldError.of(
                    field, "At most " + maxLength + " characters per language.", "每种语言最多 " + maxLength + " 个字符。"));
            return null;
        }
        return LocalizedText.of(english.isEmpty() ? chinese : english, chinese.isEmpty() ? english : chinese);
    }
}
