package dev.baton.domain.metric;

import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog entry. A measure (a raw number recorded per period, such as {@code revenue}) is a definition without a
 * formula; a metric computes from measures and other metrics. Stage-scoped metrics ({@code stage_conversion_rate})
 * take their stage keys from a {@link StageScope} when their formula is asked for.
 */
public record MetricDefinition(
        MetricKey key,
        LocalizedText name,
        LocalizedText description,
        Unit unit,
        Direction direction,
        Category category,
        Optional<Expression> formula,
        boolean stageScoped,
        boolean builtIn) {

    public MetricDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(formula, "formula");
    }

    public boolean isMeasure() {
        return formula.isEmpty() && !stageScoped;
    }
}
