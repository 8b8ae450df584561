package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.shared.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric a team lead defines in the formula language, as entered: the formula is still text. {@link
 * #toDefinition(MetricCatalog)} parses and checks it against the catalog it is to join and only then yields a
 * {@link MetricDefinition} (not built in).
 */
public record CustomMetric(
        MetricKey key,
        LocalizedText name,
        LocalizedText description,
        Unit unit,
        Direction direction,
        Category category,
        String formula) {

    public CustomMetric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(formula, "formula");
        if (name.en().isBlank() && name.zhCn().isBlank()) {
            throw new IllegalArgumentException("a metric needs a name");
        }
    }

    /**
     * @throws InvalidCustomMetricException with a syntax error, or with every unknown name, the cycle and a key clash
     *     with a built-in entry
     */
    public MetricDefinition toDefinition(MetricCatalog catalog) throws InvalidCustomMetricException {
        Expression expression;
        try {
            expression = FormulaParser.parse(formula);
        } catch (FormulaSyntaxException syntax) {
            throw new InvalidCustomMetricException(List.of(FormulaProblem.SyntaxError.of(syntax)));
        }
        List<FormulaProblem> problems = new FormulaValidator(catalog).problemsOf(key, expression);
        if (!problems.isEmpty()) {
            throw new InvalidCustomMetricException(problems);
        }
        return new MetricDefinition(
                key, name, description, unit, direction, category, Optional.of(expression), false, false, RollUp.NONE);
    }
}
